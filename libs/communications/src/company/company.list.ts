import type { ListSpec } from '@contactly/platform';
import { NAME_PARAM } from '../shared/name-param.js';

export const COMPANY_LIST: ListSpec = {
  idColumn: 'co.id',
  defaultSort: 'name',
  fields: {
    companyId: { column: 'co.id', type: 'int' },
    name: { column: 'co.name_key', type: 'string', filter: false },
    createTime: { column: 'co.created_at', type: 'date' },
    updateTime: { column: 'co.updated_at', type: 'date' },
  },
  ...NAME_PARAM,
  selectable: ['companyId', 'name', 'description', 'version', 'createTime', 'updateTime'],
};
