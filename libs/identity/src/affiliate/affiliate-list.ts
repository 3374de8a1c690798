import type { ListSpec } from '@contactly/platform';
import { AFFILIATE_STATUSES } from './affiliate.entity.js';

export const AFFILIATE_LIST: ListSpec = {
  idColumn: 'a.id',
  defaultSort: 'name',
  extraParams: ['q'],
  extraParamDescriptions: { q: 'Matches the start of the name or code' },
  fields: {
    id: { column: 'a.id', type: 'int' },
    name: { column: 'a.name', type: 'string' },
    code: { column: 'a.code', type: 'string' },
    contactEmail: { column: 'a.contact_email', type: 'string' },
    status: { column: 'a.status', type: 'enum', values: AFFILIATE_STATUSES },
    createdAt: { column: 'a.created_at', type: 'date' },
    updatedAt: { column: 'a.updated_at', type: 'date' },
  },
  selectable: ['id', 'name', 'code', 'contactEmail', 'status', 'credentialCount', 'version', 'createdAt', 'updatedAt'],
};
