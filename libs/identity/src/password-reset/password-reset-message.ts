import type { MessageLanguage, OutboundMessage } from '@contactly/platform';
import { RESET_TOKEN_TTL_MS } from './password-reset-rules.js';

/** The words of the reset email in each language we write in. */
const WORDS: Record<MessageLanguage, { subject: string; lines: (link: string, minutes: number) => string[] }> = {
  en: {
    subject: 'Reset your Contactly password',
    lines: (link, minutes) => [
      'Someone (hopefully you) asked to reset the password of your Contactly account.',
      `Choose a new password here: ${link}`,
      `The link works once and expires in ${minutes} minutes. If you did not ask for it, ignore this message: your password stays as it is.`,
    ],
  },
  ru: {
    subject: 'Сброс пароля Contactly',
    lines: (link, minutes) => [
      'Кто-то (надеемся, что вы) попросил сбросить пароль вашей учётной записи Contactly.',
      `Задайте новый пароль по ссылке: ${link}`,
      `Ссылка действует один раз и в течение ${minutes} минут. Если вы не просили сбросить пароль, не обращайте внимания на это письмо: пароль останется прежним.`,
    ],
  },
};

/**
 * The reset email, in the language of the request that asked for it: a link to the dashboard's
 * reset page and words for a person. The token travels in the link's fragment (`#token=`), which
 * browsers never send to a server, so it does not end up in access logs or Referer headers.
 */
export function passwordResetMessage(to: string, token: string, linkBase: string, language: MessageLanguage = 'en'): OutboundMessage {
  const words = WORDS[language];
  return {
    channel: 'email',
    to,
    subject: words.subject,
    text: words.lines(`${linkBase}/reset-password#token=${token}`, RESET_TOKEN_TTL_MS / 60_000).join('\n'),
    purpose: 'password-reset',
    transactional: true,
  };
}
