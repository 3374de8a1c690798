/** What a missing provider or error code becomes, so the case is grouped (and explained), never dropped. */
export const UNCLASSIFIED = 'unclassified';

export const PROVIDER_MAX = 100;
export const ERROR_CODE_MAX = 100;

/**
 * The spelling-independent form of a provider name: lower case, accents dropped, every run of
 * other characters one dash (`VODAFONE UK`, `Vodafone-UK` → `vodafone-uk`). Aliases then map it
 * to a canonical provider. Empty when nothing is left.
 */
export function normalizeProviderName(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, PROVIDER_MAX);
}

/** The base form of an error code before rewrites: trimmed, upper case, without white space. */
export function normalizeErrorCodeText(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase().slice(0, ERROR_CODE_MAX);
}

/** Lower case, accents dropped and white space collapsed: the form text search compares. */
export function searchTextOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
