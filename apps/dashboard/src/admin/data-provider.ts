import type { DataProvider, DeleteParams, GetListResult, GetManyParams, Identifier, RaRecord } from 'react-admin';
import { toApiError } from '../api/api-error';
import { readJson, send } from '../api/send';
import { changedFields } from './changed-fields';
import { listQuery } from './list-query';

const API_ROOT = '/api/v1';

/**
 * References the API serves as a nested collection instead of a list filter:
 * `getManyReference('users', { target: 'role', id })` reads `GET /api/v1/roles/{id}/users`.
 */
const NESTED_REFERENCES: Record<string, Record<string, string>> = {
  users: { role: 'roles' },
};

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  const response = await send(new Request(`${API_ROOT}${path}`, { ...init, headers }));
  if (!response.ok) throw toApiError(response, await readJson(response));
  return response;
}

const recordPath = (resource: string, id: Identifier) => `/${resource}/${encodeURIComponent(String(id))}`;

async function readPage(path: string, query: URLSearchParams, signal?: AbortSignal): Promise<GetListResult> {
  const response = await call(`${path}?${query}`, { signal });
  const total = response.headers.get('X-Total-Count');
  if (total === null) throw new Error(`GET ${API_ROOT}${path} answered without X-Total-Count`);
  return { data: await response.json(), total: Number(total) };
}

async function readRecord<R extends RaRecord>(resource: string, id: Identifier, signal?: AbortSignal): Promise<R> {
  return (await call(recordPath(resource, id), { signal })).json();
}

/** The version a record was read at, as the `If-Match` that makes a stale write fail with 412. */
function ifMatch(record: RaRecord | undefined): HeadersInit {
  return typeof record?.version === 'number' ? { 'If-Match': `"${record.version}"` } : {};
}

/** A new record's attributes without the empty ones a form leaves behind. */
const withoutEmpty = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null && value !== undefined));

const notOffered = () => Promise.reject(new Error('The API changes records one at a time'));

/** react-admin's data provider over `/api/v1`, following the API's list, concurrency and error conventions. */
export const dataProvider: DataProvider = {
  getList: (resource, { pagination, sort, filter, signal }) => readPage(`/${resource}`, listQuery({ pagination, sort, filter }), signal),

  getOne: async (resource, { id, signal }) => ({ data: await readRecord(resource, id, signal) }),

  getMany: async <R extends RaRecord>(resource: string, { ids, signal }: GetManyParams<R>) => ({
    data: await Promise.all(ids.map((id) => readRecord<R>(resource, id, signal))),
  }),

  getManyReference: (resource, { target, id, pagination, sort, filter, signal }) => {
    const parent = NESTED_REFERENCES[resource]?.[target];
    return parent
      ? readPage(`${recordPath(parent, id)}/${resource}`, listQuery({ pagination, sort, filter }), signal)
      : readPage(`/${resource}`, listQuery({ pagination, sort, filter: { ...filter, [target]: id } }), signal);
  },

  create: async (resource, { data }) => {
    const response = await call(`/${resource}`, { method: 'POST', body: JSON.stringify(withoutEmpty(data)) });
    return { data: await response.json() };
  },

  update: async (resource, { id, data, previousData }) => {
    const response = await call(recordPath(resource, id), {
      method: 'PATCH',
      headers: ifMatch(previousData),
      body: JSON.stringify(changedFields(previousData, data)),
    });
    return { data: await response.json() };
  },

  delete: async <R extends RaRecord>(resource: string, { id, previousData }: DeleteParams<R>) => {
    await call(recordPath(resource, id), { method: 'DELETE' });
    return { data: previousData ?? ({ id } as R) };
  },

  updateMany: notOffered,
  deleteMany: notOffered,
};
