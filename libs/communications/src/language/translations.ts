/**
 * Reference data in two languages. A record keeps its text in its own columns (the language it was
 * written in: Russian for the seeded catalogs, as the requirement document words them) and, in
 * `translations`, the same fields in other languages: `{"en": {"name": "Mass communication"}}`.
 * A request that asks for a language (Accept-Language) reads a field's translation where there is
 * one, else the record's own text; an edit in that language changes the translation where there is
 * one, else the own text. A request that asks for none (API clients) reads and writes the own text.
 */
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Per language, the translated fields of one record. */
export type Translations = Partial<Record<Language, Record<string, string>>>;

/** The text fields reference data may translate (a record has those of them that it has). */
export const TRANSLATABLE_FIELDS = ['name', 'description', 'subject', 'body'] as const;

export interface Translatable {
  translations?: Translations | null;
}

/**
 * The language an Accept-Language header asks for, among ours: the first by preference (`q`, then
 * order), matching its primary subtag (`en-GB` is `en`); null when it names none of ours.
 */
export function languageOf(header: string | undefined): Language | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { primary: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.primary).find((tag): tag is Language => (LANGUAGES as readonly string[]).includes(tag)) ?? null;
}

/** The record as read in a language: each translated field in place of its own text. */
export function localised<T extends Translatable>(row: T, language: Language | null): T {
  const translated = language ? row.translations?.[language] : undefined;
  if (!translated) return row;
  const copy = { ...row } as Record<string, unknown>;
  for (const field of TRANSLATABLE_FIELDS) if (field in row && translated[field] !== undefined) copy[field] = translated[field];
  return copy as T;
}

/**
 * Changes written in a language: a field that has a translation in it changes the translation (in a
 * new `translations` value), the others change the record's own text.
 */
export function changesIn<T extends Translatable>(row: T, changes: Partial<T>, language: Language | null): Partial<T> {
  const translated = language ? row.translations?.[language] : undefined;
  if (!language || !translated) return changes;
  const own: Record<string, unknown> = { ...changes };
  const next: Record<string, string> = { ...translated };
  let touched = false;
  for (const field of TRANSLATABLE_FIELDS) {
    const value = own[field];
    if (value === undefined || translated[field] === undefined) continue;
    // A cleared text (null) has no translation: the translation goes and the own text is cleared.
    if (typeof value === 'string') {
      next[field] = value;
      delete own[field];
    } else delete next[field];
    touched = true;
  }
  if (!touched) return changes;
  return { ...own, translations: { ...row.translations, [language]: next } } as Partial<T>;
}
