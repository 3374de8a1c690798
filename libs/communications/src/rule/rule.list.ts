import type { ListSpec } from '@contactly/platform';
import { NAME_PARAM } from '../shared/name-param.js';

export const RULE_LIST: ListSpec = {
  idColumn: 'ru.id',
  defaultSort: 'ruleId',
  fields: {
    ruleId: { column: 'ru.id', type: 'int' },
    departmentId: { column: 'ru.department_id', type: 'int' },
    name: { column: 'ru.name_key', type: 'string', filter: false },
    active: { column: 'ru.active', type: 'boolean', sort: false },
    updateTime: { column: 'ru.updated_at', type: 'date' },
  },
  ...NAME_PARAM,
  selectable: [
    'ruleId',
    'name',
    'description',
    'department',
    'active',
    'quietHours',
    'timeZone',
    'allowed',
    'frequencyCaps',
    'channelPreference',
    'version',
    'createTime',
    'updateTime',
  ],
};
