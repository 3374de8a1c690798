import { toApiError } from '../api/api-error';
import { api, unwrap } from '../api/client';
import { type BoardFilters, searchQueryOf } from './board-filters';
import type { MemberQuery } from './member-filters';
import type { AggregatedCase, AggregatedCaseDetail, HubStatus, MemberCase, Page, RefreshRun } from './support-hub-types';

type Outcome<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

export async function readPage<T>(pending: Outcome<T[]>): Promise<Page<T>> {
  const { data, error, response } = await pending;
  if (!response.ok) throw toApiError(response, error);
  const items = data ?? [];
  const total = response.headers.get('X-Total-Count');
  return { items, total: total === null ? items.length : Number(total) };
}

/** One page of the board: `/search` takes every filter (none → every aggregated case). */
export const searchAggregatedCases = (filters: BoardFilters, signal?: AbortSignal): Promise<Page<AggregatedCase>> =>
  readPage(api.GET('/api/v1/support-hub/search', { params: { query: searchQueryOf(filters) }, signal }));

/** Candidates to merge into a case: by text, the biggest first. */
export const findMergeCandidates = (q: string, signal?: AbortSignal): Promise<Page<AggregatedCase>> =>
  readPage(
    api.GET('/api/v1/support-hub/search', {
      params: { query: { ...(q.trim() ? { q: q.trim() } : {}), sort: '-caseCount', limit: 20 } },
      signal,
    }),
  );

export const getAggregatedCase = (id: number, signal?: AbortSignal): Promise<AggregatedCaseDetail> =>
  unwrap(api.GET('/api/v1/support-hub/aggregated-cases/{id}', { params: { path: { id } }, signal }));

/** One page of an aggregated case's members, filtered by status, source and text. */
export const listMembers = (id: number, query: MemberQuery, signal?: AbortSignal): Promise<Page<MemberCase>> =>
  readPage(api.GET('/api/v1/support-hub/aggregated-cases/{id}/cases', { params: { path: { id }, query }, signal }));

/** Names an aggregated case (null: back to provider · error code); a version someone else moved on is 412. */
export const renameAggregatedCase = (id: number, name: string | null, version: number): Promise<AggregatedCaseDetail> =>
  unwrap(
    api.PATCH('/api/v1/support-hub/aggregated-cases/{id}', {
      params: { path: { id }, header: { 'If-Match': `"${version}"` } },
      body: { name },
    }),
  );

/** The refresh runs, newest first. */
export const listRefreshRuns = (
  offset: number,
  limit: number,
  status: RefreshRun['status'] | '',
  signal?: AbortSignal,
): Promise<Page<RefreshRun>> =>
  readPage(
    api.GET('/api/v1/support-hub/refresh-runs', {
      params: { query: { offset, limit, sort: '-startedAt', ...(status ? { status } : {}) } },
      signal,
    }),
  );

/** A customer's cases (by the email the CRMs know them by), newest first. */
export const listCustomerCases = (email: string, limit: number, signal?: AbortSignal): Promise<Page<MemberCase>> =>
  readPage(api.GET('/api/v1/support-hub/cases', { params: { query: { customerRef: email, sort: '-updatedAt', limit } }, signal }));

export const getHubStatus = (signal?: AbortSignal): Promise<HubStatus> => unwrap(api.GET('/api/v1/support-hub/status', { signal }));

export const getRefreshRun = (id: number, signal?: AbortSignal): Promise<RefreshRun> =>
  unwrap(api.GET('/api/v1/support-hub/refresh-runs/{id}', { params: { path: { id } }, signal }));

/** Starts a refresh (or joins the one going on) and answers with the run at once; 429 with Retry-After inside the minimum interval unless forced. */
export const startRefresh = (force: boolean): Promise<RefreshRun> =>
  unwrap(api.POST('/api/v1/support-hub/refresh', { params: { query: force ? { force: 'true' } : {} } }));

export const mergeAggregatedCases = (targetId: number, sourceId: number, reason: string): Promise<AggregatedCaseDetail> =>
  unwrap(api.POST('/api/v1/support-hub/aggregated-cases/merge', { body: { targetId, sourceId, reason: reason.trim() } }));

/** The members leave together for a new aggregated case, which is answered. */
export const splitAggregatedCase = (id: number, caseIds: number[], reason: string): Promise<AggregatedCaseDetail> =>
  unwrap(
    api.POST('/api/v1/support-hub/aggregated-cases/{id}/split', { params: { path: { id } }, body: { caseIds, reason: reason.trim() } }),
  );
