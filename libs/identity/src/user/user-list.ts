import type { ListSpec } from '@contactly/platform';
import { PRINCIPAL_KINDS } from './user.entity.js';

/** What GET /api/v1/users offers: filters, sorts and selectable attributes. */
export const USER_LIST: ListSpec = {
  idColumn: 'u.id',
  defaultSort: 'username',
  extraParams: ['q', 'role'],
  extraParamDescriptions: { q: 'Matches the start of username, display name or email', role: 'Only holders of this role (by name)' },
  fields: {
    id: { column: 'u.id', type: 'int' },
    username: { column: 'u.username', type: 'string' },
    displayName: { column: 'u.display_name', type: 'string' },
    email: { column: 'u.email', type: 'string' },
    kind: { column: 'u.kind', type: 'enum', values: PRINCIPAL_KINDS },
    active: { column: 'u.active', type: 'boolean' },
    affiliateId: { column: 'u.affiliate_id', type: 'int' },
    customerId: { column: 'u.customer_id', type: 'int' },
    createdAt: { column: 'u.created_at', type: 'date' },
    updatedAt: { column: 'u.updated_at', type: 'date' },
  },
  selectable: [
    'id',
    'username',
    'displayName',
    'email',
    'kind',
    'roles',
    'affiliateId',
    'customerId',
    'active',
    'version',
    'createdAt',
    'updatedAt',
    'passwordChangedAt',
  ],
};
