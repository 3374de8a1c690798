import type { ListSpec } from '@contactly/platform';
import { CASE_STATUSES } from '../consolidation/consolidate.js';
import { SOURCE_NAMES } from '../source/normalized-case.js';

/** Member cases: every filter and sort has an index. */
export const SUPPORT_CASE_LIST: ListSpec = {
  idColumn: 'c.id',
  defaultSort: '-updatedAt',
  fields: {
    id: { column: 'c.id', type: 'int' },
    source: { column: 'c.source', type: 'enum', values: SOURCE_NAMES },
    provider: { column: 'c.provider', type: 'string' },
    errorCode: { column: 'c.error_code', type: 'string' },
    status: { column: 'c.status', type: 'enum', values: CASE_STATUSES },
    customerRef: { column: 'c.customer_ref', type: 'string' },
    aggregatedCaseId: { column: 'c.aggregated_case_id', type: 'int' },
    updatedAt: { column: 'c.updated_at', type: 'date' },
  },
  selectable: [
    'source',
    'externalId',
    'provider',
    'providerRaw',
    'errorCode',
    'errorCodeRaw',
    'status',
    'sourceStatus',
    'title',
    'description',
    'customerRef',
    'customerId',
    'createdAt',
    'updatedAt',
    'aggregatedCaseId',
    'aggregatedCaseHref',
    'why',
  ],
};

/** `GET /aggregated-cases/{id}/cases`: the members of one aggregated case, with `q` for text. */
export const AGGREGATED_CASE_MEMBER_LIST: ListSpec = {
  ...SUPPORT_CASE_LIST,
  fields: Object.fromEntries(
    Object.entries(SUPPORT_CASE_LIST.fields).filter(([field]) => field !== 'aggregatedCaseId' && field !== 'customerRef'),
  ),
  extraParams: ['q'],
  extraParamDescriptions: {
    q: 'Text: matches the title, the id in its CRM or the customer’s email (case-insensitive for Latin letters)',
  },
};
