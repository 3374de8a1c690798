import type { CustomerSummary, Page } from '../customer-types';

export const SEARCH_PAGE_SIZE = 20;
/** How many ranked matches the server ranks at most; the affiliate filter narrows them in the browser. */
export const RANKED_MATCHES_MAX = 500;

export interface SearchCriteria {
  q: string;
  /** Admins only: the owning affiliate. */
  affiliateId?: number;
  page: number;
}

/**
 * Which call answers the criteria:
 * - `search`: the ranked search (`/api/v1/customers/search`), paged by the server;
 * - `search-affiliate`: the ranked matches (at most 500), narrowed to one affiliate and paged here;
 * - `list`: the TMF629 customer list, by name, of one affiliate or of everyone (nothing typed yet).
 */
export type SearchPlan =
  | { kind: 'search'; q: string; offset: number; limit: number }
  | { kind: 'search-affiliate'; q: string; affiliateId: number; offset: number; limit: number }
  | { kind: 'list'; affiliateId?: number; offset: number; limit: number };

export function searchPlan({ q, affiliateId, page }: SearchCriteria, limit = SEARCH_PAGE_SIZE): SearchPlan {
  const text = q.trim();
  const offset = Math.max(0, page) * limit;
  if (!text) return { kind: 'list', affiliateId, offset, limit };
  if (affiliateId === undefined) return { kind: 'search', q: text, offset, limit };
  return { kind: 'search-affiliate', q: text, affiliateId, offset, limit };
}

/** One page of the ranked matches that belong to an affiliate, ranking kept. */
export function affiliatePage(
  matches: readonly CustomerSummary[],
  affiliateId: number,
  offset: number,
  limit: number,
): Page<CustomerSummary> {
  const owned = matches.filter((match) => match.affiliateId === affiliateId);
  return { items: owned.slice(offset, offset + limit), total: owned.length };
}

/** The highlighted row after a key press in the search box (-1: none); undefined when the key is not ours. */
export function moveHighlight(current: number, key: string, count: number): number | undefined {
  if (count === 0) return key === 'ArrowDown' || key === 'ArrowUp' ? -1 : undefined;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** "21–40 of 57" */
export function rangeLabel(
  offset: number,
  shown: number,
  total: number,
  translate: (key: string, options?: Record<string, unknown>) => string = (_key, options) => String(options?._ ?? ''),
): string {
  const range = total === 0 || shown === 0 ? '0' : `${offset + 1}–${offset + shown}`;
  // Polyglot fills %{…}; the fallback (no translator, as in tests) fills them here.
  const text = translate('contactly.customer_search.range', { range, total, _: '%{range} of %{total}' });
  return text.replace('%{range}', range).replace('%{total}', String(total));
}
