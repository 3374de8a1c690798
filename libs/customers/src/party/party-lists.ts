import type { ListSpec } from '@contactly/platform';
import { INDIVIDUAL_STATUSES } from './dto/individual.dto.js';
import { ORGANIZATION_STATUSES } from './dto/organization.dto.js';

const common = {
  id: { column: 'p.id', type: 'id' },
  href: { column: 'p.id', type: 'id', sort: false },
  lastUpdate: { column: 'p.updated_at', type: 'date' },
  affiliateId: { column: 'p.affiliate_id', type: 'int' },
} as const;

export const INDIVIDUAL_LIST: ListSpec = {
  idColumn: 'p.id',
  defaultSort: 'id',
  fields: {
    ...common,
    givenName: { column: 'p.given_name', type: 'string' },
    familyName: { column: 'p.family_name', type: 'string' },
    middleName: { column: 'p.middle_name', type: 'string' },
    fullName: { column: 'p.full_name', type: 'string' },
    title: { column: 'p.title', type: 'string' },
    gender: { column: 'p.gender', type: 'string' },
    birthDate: { column: 'p.birth_date', type: 'string' },
    nationality: { column: 'p.nationality', type: 'string' },
    status: { column: 'p.status', type: 'enum', values: INDIVIDUAL_STATUSES },
  },
  selectable: [
    'givenName',
    'familyName',
    'middleName',
    'fullName',
    'title',
    'gender',
    'birthDate',
    'nationality',
    'status',
    'contactMedium',
    'relatedParty',
    'lastUpdate',
  ],
};

export const ORGANIZATION_LIST: ListSpec = {
  idColumn: 'p.id',
  defaultSort: 'id',
  fields: {
    ...common,
    tradingName: { column: 'p.trading_name', type: 'string' },
    name: { column: 'p.legal_name', type: 'string' },
    organizationType: { column: 'p.organization_type', type: 'string' },
    status: { column: 'p.status', type: 'enum', values: ORGANIZATION_STATUSES },
  },
  selectable: ['tradingName', 'name', 'organizationType', 'isLegalEntity', 'status', 'contactMedium', 'relatedParty', 'lastUpdate'],
};
