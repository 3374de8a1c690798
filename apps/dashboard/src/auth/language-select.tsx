import { useId } from 'react';
import { useTranslate } from 'ra-core';
import { useLocaleChoice } from '../i18n/locale-choice';
import { isLocale, LOCALES } from '../i18n/locales';

/** The language picker of the signed-out pages: a plain select, so the sign-in page stays light. */
export function LanguageSelect() {
  const translate = useTranslate();
  const [locale, choose] = useLocaleChoice();
  const id = useId();
  return (
    <div className="login__language">
      <label htmlFor={id}>{translate('contactly.common.language', { _: 'Language' })}</label>
      <select
        id={id}
        data-testid="language-switcher"
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) choose(event.target.value);
        }}
      >
        {LOCALES.map(({ locale: value, name }) => (
          <option key={value} value={value} lang={value}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
