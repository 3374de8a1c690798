import type { ListSpec } from '@contactly/platform';
import { NAME_PARAM } from '../shared/name-param.js';

export const DEPARTMENT_LIST: ListSpec = {
  idColumn: 'd.id',
  defaultSort: 'name',
  fields: {
    departmentId: { column: 'd.id', type: 'int' },
    companyId: { column: 'd.company_id', type: 'int' },
    name: { column: 'd.name_key', type: 'string', filter: false },
    createTime: { column: 'd.created_at', type: 'date' },
    updateTime: { column: 'd.updated_at', type: 'date' },
  },
  ...NAME_PARAM,
  selectable: ['departmentId', 'name', 'description', 'company', 'version', 'createTime', 'updateTime'],
};
