import { ApiError } from '../api/api-error';
import { requestJson, requestPage } from '../api/json-request';
import type { components } from '../api/schema';
import { countRows, type CountRow } from './counts';

export const RESOURCE_PATH = '/tmf-api/resourceInventoryManagement/v4/resource';
export const NUMBERS_PATH = '/api/v1/numbers';

/** A number of the pool as TMF639 shows it (the committed OpenAPI document's ResourceView). */
export type NumberResource = components['schemas']['ResourceView'];

export interface NumberSearch {
  value?: string;
  /** Digits with `*` or `?` wildcards, or a prefix. */
  pattern?: string;
  resourceType?: string;
  status?: string;
  portedIn?: boolean | '';
}

export const countsKey = ['numbers', 'counts'] as const;

export const readCounts = async (signal?: AbortSignal): Promise<CountRow[]> =>
  countRows((await requestJson<unknown>(`${NUMBERS_PATH}/counts`, undefined, { signal })).data);

export const searchNumbers = (search: NumberSearch, offset: number, limit: number, signal?: AbortSignal) =>
  requestPage<NumberResource>(
    RESOURCE_PATH,
    {
      offset,
      limit,
      sort: 'value',
      value: search.value,
      pattern: search.pattern,
      resourceType: search.resourceType,
      status: search.status,
      portedIn: search.portedIn === '' ? undefined : search.portedIn,
    },
    signal,
  );

/** A random sample of free numbers (the server picks without scanning the pool). */
export const pickRandom = async (resourceType: string, limit: number, pattern?: string, signal?: AbortSignal) =>
  (await requestJson<NumberResource[]>(RESOURCE_PATH, { resourceType, status: 'available', random: true, limit, pattern }, { signal }))
    .data ?? [];

/**
 * What an import reports: how many numbers it received, how many it added, how many were in the pool
 * already (never doubled; the first few named). An import with a bad line imports nothing: the 400
 * names each refused line (see refusedLinesOf).
 */
export interface ImportReport {
  received: number;
  imported: number;
  duplicates: number;
  firstDuplicates: string[];
}

export function importReportOf(answer: unknown): ImportReport {
  const body = (answer ?? {}) as Partial<components['schemas']['ImportReportView']>;
  return {
    received: body.received ?? 0,
    imported: body.inserted ?? 0,
    duplicates: body.duplicates?.count ?? 0,
    firstDuplicates: body.duplicates?.first ?? [],
  };
}

/** The lines a refused import named (`line 7`: why), from its 400. */
export const refusedLinesOf = (error: unknown): { line: string; message: string }[] =>
  error instanceof ApiError && error.code === 'INVALID_IMPORT_LINE'
    ? error.details.map(({ field, message }) => ({ line: field, message }))
    : [];

export interface ImportRange {
  resourceType: string;
  from: string;
  to: string;
  pool?: string;
}

export const importRange = async (range: ImportRange) =>
  importReportOf(
    (
      await requestJson<unknown>(`${NUMBERS_PATH}/imports`, undefined, {
        method: 'POST',
        body: {
          resourceType: range.resourceType,
          ...(range.pool ? { pool: range.pool } : {}),
          from: range.from,
          to: range.to,
        },
      })
    ).data,
  );

/** A CSV file as the server takes it (`text/csv`, one number a line, optional `type,value` columns). */
export const importCsv = async (file: File, resourceType: string, pool?: string) =>
  importReportOf(
    (
      await requestJson<unknown>(
        `${NUMBERS_PATH}/imports`,
        { resourceType, pool },
        { method: 'POST', rawBody: file, contentType: 'text/csv' },
      )
    ).data,
  );

export type Reservation = components['schemas']['ReservationView'];

export const listReservations = (status: string, offset: number, limit: number, signal?: AbortSignal) =>
  requestPage<Reservation>(`${NUMBERS_PATH}/reservations`, { status, offset, limit, sort: '-createdAt' }, signal);

/** Reserves a given number, or any free one of the type, for the customer. Another claim of the same number gets 409. */
export const reserveNumber = async (input: { customerId: string; resourceType: string; value?: string }) =>
  (
    await requestJson<Reservation>(`${NUMBERS_PATH}/reservations`, undefined, {
      method: 'POST',
      body: {
        resourceType: input.resourceType,
        ...(input.value ? { value: input.value } : {}),
        customer: { id: String(input.customerId) },
      },
    })
  ).data;

export const releaseReservation = async (id: string) =>
  requestJson<unknown>(`${NUMBERS_PATH}/reservations/${encodeURIComponent(id)}`, undefined, { method: 'DELETE' });

export const portIn = async (input: { value: string; donorOperator: string; resourceType?: string }) =>
  (await requestJson<NumberResource>(`${NUMBERS_PATH}/port-in`, undefined, { method: 'POST', body: { resourceType: 'msisdn', ...input } }))
    .data;

export const portOut = async (input: { value: string; resourceType: string }) =>
  (await requestJson<NumberResource>(`${NUMBERS_PATH}/port-out`, undefined, { method: 'POST', body: input })).data;
