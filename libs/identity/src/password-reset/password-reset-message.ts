import type { OutboundMessage } from '@contactly/platform';
import { RESET_TOKEN_TTL_MS } from './password-reset-rules.js';

/**
 * The reset email. The token travels in the link's fragment (`#token=`), which browsers never send
 * to a server, so it does not end up in access logs or Referer headers; API clients take the token
 * from the text and confirm with POST /api/v1/auth/password-reset/confirm.
 */
export function passwordResetMessage(to: string, token: string, publicBaseUrl: string): OutboundMessage {
  const minutes = RESET_TOKEN_TTL_MS / 60_000;
  return {
    channel: 'email',
    to,
    subject: 'Reset your Contactly password',
    text: [
      'Someone (hopefully you) asked to reset the password of your Contactly account.',
      `Choose a new password here: ${publicBaseUrl}/reset-password#token=${token}`,
      `Or send this token to POST /api/v1/auth/password-reset/confirm: ${token}`,
      `It works once and expires in ${minutes} minutes. If you did not ask for it, ignore this message: your password stays as it is.`,
    ].join('\n'),
    purpose: 'password-reset',
    transactional: true,
  };
}
