import { supportHubEn } from './support-hub-en.catalogue';
import { supportHubRu } from './support-hub-ru.catalogue';

/**
 * The support hub's texts in English and Russian (react-admin's i18n provider collects every
 * `*.messages.ts`). Components write `translate('contactly.supportHub.…', { _: 'English' })`;
 * support-hub-messages.test.ts checks that every such key is here in both languages, with the same English.
 */
export const messages = {
  en: { contactly: { supportHub: supportHubEn } },
  ru: { contactly: { supportHub: supportHubRu } },
};
