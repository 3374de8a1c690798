import type { ListFilter, ListSpec } from '@contactly/platform';
import { CustomerDirectory } from '@contactly/customers';

const PARTY = CustomerDirectory.LIST_COLUMNS;

/** The keys of a client in the requirement document; lists show exactly these unless `fields` asks. */
export const CLIENT_DOCUMENT_KEYS = [
  'clientId',
  'firstName',
  'lastName',
  'birthDate',
  'createTime',
  'updateTime',
  'available',
  'socialMedia',
  'communication',
  'booking',
] as const;

/**
 * Every filter and sort is on an indexed column of `party` (the customers lib's list columns), or of the platform's
 * `client_profile` (`cp`, left-joined by primary key; no row reads as available), so lists stay
 * fast at a million clients; `clientId.gt` pages by key (`sort=clientId&clientId.gt=<last id>&limit=…`).
 */
export const CLIENT_LIST: ListSpec = {
  idColumn: PARTY.id,
  defaultSort: 'clientId',
  fields: {
    clientId: { column: PARTY.id, type: 'int' },
    lastName: { column: PARTY.familyName, type: 'string' },
    // No profile reads as available; see indexFriendlyFilters for `available=false`.
    available: { column: 'COALESCE(cp.available, 1)', type: 'boolean', sort: false },
    createTime: { column: PARTY.createdAt, type: 'date' },
    // The party's update time: an edit of only the platform's attributes shows in a client's
    // updateTime (the later of both records') but does not move it in this order.
    updateTime: { column: PARTY.updatedAt, type: 'date' },
  },
  selectable: [...CLIENT_DOCUMENT_KEYS, 'timeZone', 'email', 'phone'],
};

/**
 * The client list's filters as its query runs them. `available=false` needs a profile that says so:
 * a plain comparison on `cp.available`, which makes the LEFT JOIN an inner one that the profile's
 * index serves (COALESCE would scan every client); `available=true` keeps COALESCE, as clients with
 * no profile are available.
 */
export const indexFriendlyFilters = (filters: ListFilter[]): ListFilter[] =>
  filters.map((f) => (f.field === 'available' && f.value === false ? { ...f, column: 'cp.available' } : f));
