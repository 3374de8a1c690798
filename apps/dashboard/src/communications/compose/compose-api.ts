import { api, unwrap } from '../../api/client';
import type { Employee, TypeChannel } from '../api-types';
import { type Outcome, readPage } from '../sending/sending-api';
import { SAMPLE_CLIENT_FIELDS, type SampleClient } from './sample-values';

/** The employee record of a login (their department and role), or null for someone who is no employee. */
export const findEmployee = async (username: string, signal?: AbortSignal): Promise<Employee | null> =>
  ((await unwrap(api.GET('/api/v1/employees', { params: { query: { username, limit: 1 } }, signal }))) ?? [])[0] ?? null;

/** The type × channel pairs a role may send. */
export const roleSendPermissions = async (roleName: string, signal?: AbortSignal): Promise<TypeChannel[]> =>
  (await unwrap(api.GET('/api/v1/roles/{role}/communication-permissions', { params: { path: { role: roleName } }, signal }))).permissions;

const SAMPLE_FIELDS = SAMPLE_CLIENT_FIELDS.join(',');

/** A client with what a template may use of them, or null when it is not (or no longer) visible. */
export const getSampleClient = async (clientId: number, signal?: AbortSignal): Promise<SampleClient | null> =>
  (
    await readPage<SampleClient>(
      api.GET('/api/v1/clients', { params: { query: { clientId, fields: SAMPLE_FIELDS, limit: 1 } }, signal }) as Outcome<SampleClient[]>,
    )
  ).items[0] ?? null;

/** The first client a filter of the client list selects (a sample recipient), or null for none. */
export const firstClientMatching = async (filter: Record<string, string>, signal?: AbortSignal): Promise<SampleClient | null> =>
  (
    await readPage<SampleClient>(
      api.GET('/api/v1/clients', {
        params: { query: { ...filter, fields: SAMPLE_FIELDS, sort: 'clientId', limit: 1 } as never },
        signal,
      }) as Outcome<SampleClient[]>,
    )
  ).items[0] ?? null;

/** The first client of a saved group (a sample recipient), or null for an empty group. */
export const firstClientOfGroup = async (groupId: number, signal?: AbortSignal): Promise<SampleClient | null> =>
  (
    await readPage<SampleClient>(
      api.GET('/api/v1/client_groups/{group}/clients', {
        params: { path: { group: String(groupId) }, query: { fields: SAMPLE_FIELDS, limit: 1 } },
        signal,
      }) as Outcome<SampleClient[]>,
    )
  ).items[0] ?? null;
