import type { AreaMessages } from './catalogue';

/**
 * Every area's catalogue (`src/**\/*.messages.ts` exporting `messages`) that the first chunk does
 * not already hold; loaded once, in its own chunk, before the console or any signed-in page shows.
 */
export const consoleCatalogues = import.meta.glob<{ messages?: AreaMessages }>(
  ['../**/*.messages.ts', '!../auth/**', '!../i18n/**', '!../api/**', '!../**/*.public.messages.ts'],
  { eager: true },
);
