import { useLocaleState, useTranslate } from 'react-admin';

/**
 * react-admin's translate: `t('contactly.supportHub.…', { _: 'English', …values })`. The pure text
 * helpers of the hub take it as an argument, so they are tested with the real catalogue.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What every hub text needs: the translate function and the locale numbers and dates are written in. */
export interface HubText {
  t: Translate;
  locale: string;
}

export function useHubText(): HubText {
  const t = useTranslate();
  const [locale] = useLocaleState();
  return { t, locale };
}

/** 1,234 (en) or 1 234 (ru). */
export const formatCount = (n: number, locale: string): string => n.toLocaleString(locale);

/** "21–40 of 154" ("0 of 0" when nothing shows). */
export function rangeText(offset: number, shown: number, total: number, { t, locale }: HubText): string {
  if (total === 0 || shown === 0) return t('contactly.supportHub.common.noneOf', { _: '0 of %{total}', total: formatCount(total, locale) });
  return t('contactly.supportHub.common.range', {
    _: '%{from}–%{to} of %{total}',
    from: formatCount(offset + 1, locale),
    to: formatCount(offset + shown, locale),
    total: formatCount(total, locale),
  });
}

/** The pagination buttons' names, for screen readers. */
export function pageButtonLabel(type: 'first' | 'last' | 'next' | 'previous', t: Translate): string {
  switch (type) {
    case 'first':
      return t('contactly.supportHub.common.firstPage', { _: 'Go to first page' });
    case 'last':
      return t('contactly.supportHub.common.lastPage', { _: 'Go to last page' });
    case 'next':
      return t('contactly.supportHub.common.nextPage', { _: 'Go to next page' });
    case 'previous':
      return t('contactly.supportHub.common.previousPage', { _: 'Go to previous page' });
  }
}
