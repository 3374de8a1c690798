import { enUS, ruRU, type Localization } from '@mui/material/locale';
import { ThemeProvider, type Theme } from '@mui/material/styles';
import { useCallback, type ReactNode } from 'react';
import { useLocaleState } from 'react-admin';
import { isLocale, type Locale } from './locales';

const MUI_TEXTS: Record<Locale, Localization> = { en: enUS, ru: ruRU };

/**
 * The console's theme with MUI's own texts in the current language, merged component by component:
 * `defaultProps` of the language first, the theme's own on top. Only the default props change.
 */
export function withMuiTexts(theme: Theme, locale: string): Theme {
  const texts = (MUI_TEXTS[isLocale(locale) ? locale : 'en'].components ?? {}) as Record<string, { defaultProps?: object }>;
  const components: Record<string, { defaultProps?: object }> = { ...(theme.components as Record<string, { defaultProps?: object }>) };
  for (const [name, { defaultProps }] of Object.entries(texts))
    components[name] = { ...components[name], defaultProps: { ...defaultProps, ...components[name]?.defaultProps } };
  return { ...theme, components: components as Theme['components'] };
}

/**
 * MUI's own texts — a table's "1–5 of 5" and its page buttons, a close button's label — in the
 * console's language: react-admin translates its own components, not MUI's.
 */
export function MuiTexts({ children }: { children: ReactNode }) {
  const [locale] = useLocaleState();
  const theme = useCallback((outer: Theme) => withMuiTexts(outer, locale), [locale]);
  return <ThemeProvider theme={theme}>{children}</ThemeProvider>;
}
