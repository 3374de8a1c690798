import type { Components, Theme } from '@mui/material/styles';
import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * What makes every page fit a 390 px phone and a wide desktop without scrolling the page sideways,
 * for all screens at once rather than page by page:
 * - the layout never grows wider than the window (react-admin's grows to fit its widest content);
 * - a table, or any content too wide for its card, scrolls inside the card;
 * - toolbars and filter forms wrap onto more lines instead of pushing the page wider.
 */
export const responsiveOverrides: Components<Omit<Theme, 'components'>> & Record<string, unknown> = {
  RaLayout: {
    styleOverrides: {
      root: {
        minWidth: 0,
        '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content': { minWidth: 0 },
        // The page's content takes what the menu leaves, and never more.
        '& .RaLayout-content': { maxWidth: '100%' },
      },
    },
  },
  RaList: {
    styleOverrides: {
      root: {
        minWidth: 0,
        '& .RaList-main': { minWidth: 0 },
        '& .RaList-content': { overflowX: 'auto' },
      },
    },
  },
  RaDatagrid: {
    styleOverrides: {
      root: {
        '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
      },
    },
  },
  RaTopToolbar: {
    styleOverrides: {
      root: { flexWrap: 'wrap', whiteSpace: 'normal', minWidth: 0 },
    },
  },
  RaFilterForm: {
    styleOverrides: {
      root: { minWidth: 0, maxWidth: '100%' },
    },
  },
  RaEdit: { styleOverrides: { root: { minWidth: 0, '& .RaEdit-main, & .RaEdit-card': { minWidth: 0 } } } },
  RaCreate: { styleOverrides: { root: { minWidth: 0, '& .RaCreate-main, & .RaCreate-card': { minWidth: 0 } } } },
  RaShow: { styleOverrides: { root: { minWidth: 0, '& .RaShow-main, & .RaShow-card': { minWidth: 0 } } } },
  // A card's content too wide for it (a table of many columns) scrolls inside the card instead of
  // being cut off (MUI's cards hide what overflows) or widening the page.
  MuiCard: { styleOverrides: { root: { overflowX: 'auto', minWidth: 0 } } },
  // A word longer than the line (a long surname, an email address) breaks instead of running out of its card.
  MuiTypography: { styleOverrides: { root: { overflowWrap: 'break-word' } } },
};

/** react-admin's default theme with the console's responsive overrides. */
export const consoleTheme: RaThemeOptions = {
  ...defaultTheme,
  components: { ...defaultTheme.components, ...responsiveOverrides },
};
