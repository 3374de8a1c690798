import type { ListSpec } from '@contactly/platform';
import { RESOURCE_TYPES } from '../resource/number-resource.entity.js';
import { RESERVATION_STATUSES } from './number-reservation.entity.js';

export const RESERVATION_PATH = '/api/v1/numbers/reservations';

export const RESERVATION_LIST: ListSpec = {
  idColumn: 'nr.id',
  defaultSort: '-createdAt',
  fields: {
    id: { column: 'nr.id', type: 'id' },
    href: { column: 'nr.id', type: 'id', sort: false },
    resourceId: { column: 'nr.resource_id', type: 'id', sort: false },
    resourceType: { column: 'nr.resource_type', type: 'enum', values: RESOURCE_TYPES, sort: false },
    value: { column: 'nr.value', type: 'string', sort: false },
    customerId: { column: 'nr.party_id', type: 'id', sort: false },
    cartId: { column: 'nr.cart_id', type: 'string', sort: false },
    status: { column: 'nr.status', type: 'enum', values: RESERVATION_STATUSES },
    expiresAt: { column: 'nr.expires_at', type: 'date' },
    createdAt: { column: 'nr.created_at', type: 'date' },
  },
  selectable: ['resourceId', 'resourceType', 'value', 'customer', 'cartId', 'status', 'expiresAt', 'createdAt', 'updatedAt'],
};
