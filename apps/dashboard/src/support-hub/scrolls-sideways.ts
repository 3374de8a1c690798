import type { SxProps, Theme } from '@mui/material';

/**
 * A wide table scrolls inside its card instead of widening the page: `contain: inline-size` keeps
 * the table's width out of the layout's sizing (the console's content column would grow to fit it).
 */
export const SCROLLS_SIDEWAYS: SxProps<Theme> = { overflowX: 'auto', contain: 'inline-size' };
