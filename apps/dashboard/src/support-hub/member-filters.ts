/** The members of an aggregated case, a page at a time; the filters live in the case page's URL. */
export const MEMBER_PAGE_SIZE = 25;

export const MEMBER_STATUSES = ['open', 'closed'] as const;
export const MEMBER_SOURCES = ['banana', 'strawberry'] as const;

export interface MemberFilters {
  status: '' | (typeof MEMBER_STATUSES)[number];
  source: '' | (typeof MEMBER_SOURCES)[number];
  q: string;
  /** From 0. */
  page: number;
}

/** What GET /aggregated-cases/{id}/cases is asked. */
export interface MemberQuery {
  offset: number;
  limit: number;
  status?: (typeof MEMBER_STATUSES)[number];
  source?: (typeof MEMBER_SOURCES)[number];
  q?: string;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' => (values.includes(value as T) ? (value as T) : '');

/** Anything unknown in the URL (a hand-edited link) reads as no filter. */
export function memberFiltersFromParams(params: URLSearchParams): MemberFilters {
  const page = Number(params.get('page'));
  return {
    status: oneOf(MEMBER_STATUSES, params.get('status')),
    source: oneOf(MEMBER_SOURCES, params.get('source')),
    q: (params.get('q') ?? '').trim().slice(0, 200),
    page: Number.isInteger(page) && page > 0 && page < 100_000 ? page : 0,
  };
}

export function paramsFromMemberFilters(filters: MemberFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.source) params.set('source', filters.source);
  if (filters.q) params.set('q', filters.q);
  if (filters.page > 0) params.set('page', String(filters.page));
  return params;
}

/** A change of a filter goes back to the first page. */
export const withMemberFilters = (filters: MemberFilters, change: Partial<Omit<MemberFilters, 'page'>>): MemberFilters => ({
  ...filters,
  ...change,
  page: 0,
});

export const hasMemberFilters = (filters: MemberFilters): boolean => Boolean(filters.status || filters.source || filters.q);

export function memberQueryOf(filters: MemberFilters): MemberQuery {
  return {
    offset: filters.page * MEMBER_PAGE_SIZE,
    limit: MEMBER_PAGE_SIZE,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.source ? { source: filters.source } : {}),
    ...(filters.q ? { q: filters.q } : {}),
  };
}
