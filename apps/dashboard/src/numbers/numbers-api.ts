import { ApiError } from '../api/api-error';
import { requestJson, requestPage } from '../api/json-request';
import type { QueryOf, Schemas } from '../api/schema-types';
import { type Upload, uploadWithProgress } from '../api/upload-with-progress';
import { countRows, type CountRow, type NumberState, type NumberType } from './counts';

export const RESOURCE_PATH = '/tmf-api/resourceInventoryManagement/v4/resource';
export const NUMBERS_PATH = '/api/v1/numbers';

/** A number of the pool as TMF639 shows it (the committed OpenAPI document's ResourceView). */
export type NumberResource = Schemas['ResourceView'];

export interface NumberSearch {
  value?: string;
  /** Digits with `*` or `?` wildcards, or a prefix. */
  pattern?: string;
  /** Empty: any. */
  resourceType?: NumberType | '';
  status?: NumberState | '';
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
      resourceType: search.resourceType || undefined,
      status: search.status || undefined,
      portedIn: search.portedIn === '' ? undefined : search.portedIn,
    } satisfies QueryOf<'Resource_list'>,
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
  const body = (answer ?? {}) as Partial<Schemas['ImportReportView']>;
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

export type ImportRange = Schemas['ImportRangeDto'];

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
        } satisfies ImportRange,
      })
    ).data,
  );

/**
 * A CSV file as the server takes it (`text/csv`, one number a line, optionally its donor operator and
 * porting state), telling `watch` how much of it has been sent and when all of it has.
 */
export const importCsv = async (
  file: File,
  resourceType: NumberType,
  pool: string | undefined,
  watch: Pick<Upload, 'onProgress' | 'onSent'> = {},
) =>
  importReportOf(
    (
      await uploadWithProgress<unknown>({
        path: `${NUMBERS_PATH}/imports`,
        query: { resourceType, pool } satisfies QueryOf<'Numbers_import'>,
        body: file,
        contentType: 'text/csv',
        ...watch,
      })
    ).data,
  );

export type Reservation = Schemas['ReservationView'];
export type ReservationStatus = Reservation['status'];

export const listReservations = (status: ReservationStatus, offset: number, limit: number, signal?: AbortSignal) =>
  requestPage<Reservation>(
    `${NUMBERS_PATH}/reservations`,
    { status, offset, limit, sort: '-createdAt' } satisfies QueryOf<'Reservation_list'>,
    signal,
  );

/** Reserves a given number, or any free one of the type, for the customer. Another claim of the same number gets 409. */
export const reserveNumber = async (input: { customerId: string; resourceType: NumberType; value?: string }) =>
  (
    await requestJson<Reservation>(`${NUMBERS_PATH}/reservations`, undefined, {
      method: 'POST',
      body: {
        resourceType: input.resourceType,
        ...(input.value ? { value: input.value } : {}),
        customer: { id: String(input.customerId) },
      } satisfies Schemas['CreateReservationDto'],
    })
  ).data;

export const readReservation = async (id: string) =>
  (await requestJson<Reservation>(`${NUMBERS_PATH}/reservations/${encodeURIComponent(id)}`)).data;

/** Releases a reservation; the server answers 204 also for one that has ended already (see readReservation). */
export const releaseReservation = async (id: string) =>
  requestJson<unknown>(`${NUMBERS_PATH}/reservations/${encodeURIComponent(id)}`, undefined, { method: 'DELETE' });

export const portIn = async (input: Omit<Schemas['PortInDto'], 'resourceType'>) =>
  (
    await requestJson<NumberResource>(`${NUMBERS_PATH}/port-in`, undefined, {
      method: 'POST',
      body: { resourceType: 'msisdn', ...input } satisfies Schemas['PortInDto'],
    })
  ).data;

export const portOut = async (input: Schemas['PortOutDto']) =>
  (await requestJson<NumberResource>(`${NUMBERS_PATH}/port-out`, undefined, { method: 'POST', body: input })).data;
