import { api, unwrap } from '../api/client';
import type { Locale } from './locales';

/** Saves the signed-in user's interface language to their account (`PATCH /api/v1/users/me`). */
export async function saveOwnLocale(locale: Locale): Promise<void> {
  await unwrap(api.PATCH('/api/v1/users/me', { body: { locale } }));
}
