import { createTheme } from '@mui/material/styles';
import { describe, expect, it } from 'vitest';
import { withMuiTexts } from './mui-locale';

type Pagination = {
  labelRowsPerPage?: string;
  labelDisplayedRows?: (rows: { from: number; to: number; count: number; page: number }) => string;
  getItemAriaLabel?: (type: 'first' | 'last' | 'next' | 'previous') => string;
};
const paginationOf = (theme: ReturnType<typeof withMuiTexts>) => theme.components?.MuiTablePagination?.defaultProps as Pagination;

describe('MUI’s own texts', () => {
  const theme = createTheme({
    components: {
      MuiTablePagination: { defaultProps: { labelRowsPerPage: 'Our own' } },
      MuiButton: { styleOverrides: { root: { textTransform: 'none' } } },
    },
  });

  it('are the language’s where the theme names none, the theme’s own otherwise', () => {
    const pagination = paginationOf(withMuiTexts(theme, 'ru'));
    expect(pagination.labelDisplayedRows?.({ from: 1, to: 5, count: 5, page: 0 })).toBe('1–5 из 5');
    expect(pagination.getItemAriaLabel?.('next')).toBe('Перейти на следующую страницу');
    expect(pagination.labelRowsPerPage).toBe('Our own');
    expect(withMuiTexts(theme, 'ru').components?.MuiButton?.styleOverrides).toEqual({ root: { textTransform: 'none' } });
  });

  it('are MUI’s built-in English for English and for a language the console does not have', () => {
    for (const locale of ['en', 'de']) {
      const pagination = paginationOf(withMuiTexts(theme, locale));
      expect(pagination.labelDisplayedRows).toBeUndefined();
      expect(pagination.getItemAriaLabel).toBeUndefined();
      expect(pagination.labelRowsPerPage).toBe('Our own');
    }
  });

  it('leave the theme as it was', () => {
    withMuiTexts(theme, 'ru');
    expect(theme.components?.MuiTablePagination?.defaultProps).toEqual({ labelRowsPerPage: 'Our own' });
  });
});
