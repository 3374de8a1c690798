import type { MessageChannel, OutboundMessage } from '@contactly/platform';
import { CODE_TTL_MS } from './registration-rules.js';

/** The message that carries a registration's one-time code, by email or SMS. */
export function oneTimeCodeMessage(channel: MessageChannel, to: string, code: string): OutboundMessage {
  return {
    channel,
    to,
    ...(channel === 'email' ? { subject: 'Your Contactly verification code' } : {}),
    text: `Your Contactly verification code is ${code}. It expires in ${CODE_TTL_MS / 60_000} minutes. Never share it: we will never ask you for it.`,
    purpose: 'registration-otp',
    transactional: true,
  };
}
