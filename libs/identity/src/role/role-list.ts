import type { ListSpec } from '@contactly/platform';

export const ROLE_LIST: ListSpec = {
  idColumn: 'r.id',
  defaultSort: 'name',
  fields: {
    id: { column: 'r.id', type: 'int' },
    name: { column: 'r.name', type: 'string' },
    builtin: { column: 'r.builtin', type: 'boolean' },
    createdAt: { column: 'r.created_at', type: 'date' },
    updatedAt: { column: 'r.updated_at', type: 'date' },
  },
  selectable: ['id', 'name', 'description', 'builtin', 'permissions', 'userCount', 'version', 'createdAt', 'updatedAt'],
};
