import type { ListSpec } from '@contactly/platform';
import { CLIENT_LIST } from '../client/client.list.js';
import { NAME_PARAM } from '../shared/name-param.js';

export const CLIENT_GROUP_LIST: ListSpec = {
  idColumn: 'g.id',
  defaultSort: 'name',
  fields: {
    groupId: { column: 'g.id', type: 'int' },
    name: { column: 'g.name_key', type: 'string', filter: false },
    createTime: { column: 'g.created_at', type: 'date' },
    updateTime: { column: 'g.updated_at', type: 'date' },
  },
  ...NAME_PARAM,
  selectable: ['groupId', 'name', 'description', 'clientCount', 'version', 'createTime', 'updateTime'],
};

/** The clients of one group: paged by client id, with the client list's `fields`. */
export const CLIENT_GROUP_MEMBER_LIST: ListSpec = {
  idColumn: 'm.client_id',
  defaultSort: '',
  fields: {},
  selectable: CLIENT_LIST.selectable,
};
