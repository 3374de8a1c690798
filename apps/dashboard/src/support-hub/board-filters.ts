import type { Translate } from './hub-i18n';
/** What the board shows, as kept in its URL (`/support-hub?status=open&provider=vodafone&page=2`), so a view can be shared and survives a reload. */
export interface BoardFilters {
  /** Any spelling the grouping rules know (`VODAFONE UK`); empty: every provider. */
  provider: string;
  /** Any style the rewrite rules know (`e-1101`); empty: every code. */
  errorCode: string;
  status: CaseStatus | '';
  /** Text in titles, providers and codes. */
  q: string;
  sort: BoardSort;
  /** 0-based. */
  page: number;
}

export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Columns the board sorts by (each has an index on the server); `-` for descending. */
export const SORTABLE_COLUMNS = ['lastSeen', 'firstSeen', 'caseCount', 'openCount'] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];
export type BoardSort = SortableColumn | `-${SortableColumn}`;
export const DEFAULT_SORT: BoardSort = '-lastSeen';

export const BOARD_PAGE_SIZE = 25;
/** The server refuses nothing shorter, but a URL is no place for an essay. */
const TEXT_MAX = 200;

export const NO_FILTERS: BoardFilters = { provider: '', errorCode: '', status: '', q: '', sort: DEFAULT_SORT, page: 0 };

const text = (value: string | null) => (value ?? '').trim().slice(0, TEXT_MAX);
const isStatus = (value: string | null): value is CaseStatus => CASE_STATUSES.includes(value as CaseStatus);
const isSort = (value: string | null): value is BoardSort =>
  value !== null && SORTABLE_COLUMNS.includes(value.replace(/^-/, '') as SortableColumn);

/** The filters a URL names; anything it cannot mean (a status of `pending`, page `-3`) is left out rather than sent to the server. */
export function filtersFromParams(params: URLSearchParams): BoardFilters {
  const page = Number(params.get('page'));
  const sort = params.get('sort');
  const status = params.get('status');
  return {
    provider: text(params.get('provider')),
    errorCode: text(params.get('errorCode')),
    status: isStatus(status) ? status : '',
    q: text(params.get('q')),
    sort: isSort(sort) ? sort : DEFAULT_SORT,
    page: Number.isInteger(page) && page > 0 ? page : 0,
  };
}

/** The URL of the filters: only what differs from the defaults, in a stable order. */
export function paramsFromFilters(filters: BoardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.provider.trim()) params.set('provider', filters.provider.trim());
  if (filters.errorCode.trim()) params.set('errorCode', filters.errorCode.trim());
  if (filters.status) params.set('status', filters.status);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.sort !== DEFAULT_SORT) params.set('sort', filters.sort);
  if (filters.page > 0) params.set('page', String(filters.page));
  return params;
}

/** A change of what is shown starts again at the first page. */
export const withFilters = (filters: BoardFilters, change: Partial<Omit<BoardFilters, 'page'>>): BoardFilters => ({
  ...filters,
  ...change,
  page: 0,
});

export const hasFilters = (filters: BoardFilters): boolean => Boolean(filters.provider || filters.errorCode || filters.status || filters.q);

/** The query of `GET /api/v1/support-hub/search` for the filters (none → every aggregated case). */
export function searchQueryOf(filters: BoardFilters, pageSize = BOARD_PAGE_SIZE) {
  return {
    offset: filters.page * pageSize,
    limit: pageSize,
    sort: filters.sort,
    ...(filters.provider ? { provider: filters.provider } : {}),
    ...(filters.errorCode ? { errorCode: filters.errorCode } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.q ? { q: filters.q } : {}),
  };
}

/** Sorting by a column: descending first (the newest, the biggest), then ascending. */
export function nextSort(current: BoardSort, column: SortableColumn): BoardSort {
  return current === `-${column}` ? column : `-${column}`;
}

/** Which column the sort is on, and its direction. */
export const sortOf = (sort: BoardSort): { column: SortableColumn; direction: 'asc' | 'desc' } => ({
  column: sort.replace(/^-/, '') as SortableColumn,
  direction: sort.startsWith('-') ? 'desc' : 'asc',
});

/** "Open aggregated cases of vodafone with error code E1101 matching “sim”" */
export function describeFilters(filters: BoardFilters, t: Translate): string {
  const parts = [
    filters.status === 'open'
      ? t('contactly.supportHub.board.describe.open', { _: 'Open aggregated cases' })
      : filters.status === 'closed'
        ? t('contactly.supportHub.board.describe.closed', { _: 'Closed aggregated cases' })
        : t('contactly.supportHub.board.describe.all', { _: 'All aggregated cases' }),
  ];
  if (filters.provider) parts.push(t('contactly.supportHub.board.describe.provider', { _: 'of %{provider}', provider: filters.provider }));
  if (filters.errorCode)
    parts.push(t('contactly.supportHub.board.describe.errorCode', { _: 'with error code %{code}', code: filters.errorCode }));
  if (filters.q) parts.push(t('contactly.supportHub.board.describe.q', { _: 'matching “%{q}”', q: filters.q }));
  return parts.join(' ');
}
