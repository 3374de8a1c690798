import type { MessageChannel, MessageLanguage, OutboundMessage } from '@contactly/platform';
import { CODE_TTL_MS } from './registration-rules.js';

/** The dashboard page where a subscriber enters the code (the portal's registration). */
export const REGISTRATION_PAGE_PATH = '/register';

const WORDS: Record<MessageLanguage, { subject: string; text: (code: string, minutes: number, link: string) => string }> = {
  en: {
    subject: 'Your Contactly verification code',
    text: (code, minutes, link) =>
      `Your Contactly verification code is ${code}. Enter it on the registration page to finish signing up: ${link} ` +
      `It expires in ${minutes} minutes. Never share it: we will never ask you for it. If you did not sign up, ignore this message.`,
  },
  ru: {
    subject: 'Ваш код подтверждения Contactly',
    text: (code, minutes, link) =>
      `Ваш код подтверждения Contactly: ${code}. Введите его на странице регистрации, чтобы завершить её: ${link} ` +
      `Код действует ${minutes} минут. Никому его не сообщайте: мы никогда его не спрашиваем. Если вы не регистрировались, не обращайте внимания на это сообщение.`,
  },
};

/**
 * The message that carries a registration's one-time code, by email or SMS, in the language of the
 * request that asked for it: the code, what to do with it and a link to the page that takes it
 * (the registration's id in the link only reopens that page; the code is what proves the address).
 */
export function oneTimeCodeMessage(
  channel: MessageChannel,
  to: string,
  code: string,
  registration: { id: string; linkBase: string; language: MessageLanguage },
): OutboundMessage {
  const words = WORDS[registration.language];
  const link = `${registration.linkBase}${REGISTRATION_PAGE_PATH}?registration=${registration.id}`;
  return {
    channel,
    to,
    ...(channel === 'email' ? { subject: words.subject } : {}),
    text: words.text(code, CODE_TTL_MS / 60_000, link),
    purpose: 'registration-otp',
    transactional: true,
  };
}
