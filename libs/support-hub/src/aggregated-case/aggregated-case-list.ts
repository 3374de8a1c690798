import type { ListSpec } from '@contactly/platform';
import { CASE_STATUSES } from '../consolidation/consolidate.js';

const SELECTABLE = [
  'provider',
  'errorCode',
  'status',
  'caseCount',
  'openCount',
  'sources',
  'firstSeen',
  'lastSeen',
  'title',
  'groupKey',
  'version',
  'updatedAt',
];

/** `GET /get-all`: the list conventions over aggregated cases; every filter and sort has an index. */
export const AGGREGATED_CASE_LIST: ListSpec = {
  idColumn: 'a.id',
  defaultSort: '-lastSeen',
  fields: {
    id: { column: 'a.id', type: 'int' },
    provider: { column: 'a.provider', type: 'string' },
    errorCode: { column: 'a.error_code', type: 'string' },
    status: { column: 'a.status', type: 'enum', values: CASE_STATUSES },
    caseCount: { column: 'a.case_count', type: 'int' },
    openCount: { column: 'a.open_count', type: 'int' },
    firstSeen: { column: 'a.first_seen', type: 'date' },
    lastSeen: { column: 'a.last_seen', type: 'date' },
  },
  selectable: SELECTABLE,
};

/**
 * `GET /search`: provider and error code are normalized with the grouping rules before they are
 * compared (`Vodafone UK` finds `vodafone`, `e-1101` finds `E1101`); `q` searches text.
 */
export const AGGREGATED_CASE_SEARCH: ListSpec = {
  ...AGGREGATED_CASE_LIST,
  fields: {
    ...AGGREGATED_CASE_LIST.fields,
    provider: { ...AGGREGATED_CASE_LIST.fields.provider, filter: false },
    errorCode: { ...AGGREGATED_CASE_LIST.fields.errorCode, filter: false },
  },
  extraParams: ['provider', 'errorCode', 'q'],
  extraParamDescriptions: {
    provider: 'Provider, in any spelling the grouping rules know (normalized and aliased before matching)',
    errorCode: 'Error code, in any style the rewrite rules know (e.g. `E-1101`, `err1101` → `E1101`)',
    q: 'Text: matches provider, error code, the spellings the CRMs used and member titles (case- and accent-insensitive)',
  },
};
