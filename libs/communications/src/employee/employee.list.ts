import type { ListSpec } from '@contactly/platform';
import { UserDirectory } from '@contactly/identity';

/** The alias the employee queries join the login under (`UserDirectory.joinLogins`). */
export const LOGIN_ALIAS = 'login';
const LOGIN_COLUMNS = UserDirectory.loginListColumns(LOGIN_ALIAS);

export const EMPLOYEE_LIST: ListSpec = {
  idColumn: 'e.id',
  defaultSort: 'employeeId',
  fields: {
    employeeId: { column: 'e.id', type: 'int' },
    userId: { column: 'e.user_id', type: 'int' },
    departmentId: { column: 'e.department_id', type: 'int' },
    roleId: { column: 'e.role_id', type: 'int' },
    username: { column: LOGIN_COLUMNS.username, type: 'string', filter: false },
    active: { column: LOGIN_COLUMNS.active, type: 'boolean', sort: false },
    createTime: { column: 'e.created_at', type: 'date' },
    updateTime: { column: 'e.updated_at', type: 'date' },
  },
  extraParams: ['username', 'role'],
  extraParamDescriptions: { username: 'The employee with this login (ignoring case)', role: 'Only holders of this role (its name)' },
  selectable: [
    'employeeId',
    'userId',
    'username',
    'displayName',
    'email',
    'active',
    'department',
    'role',
    'position',
    'version',
    'createTime',
    'updateTime',
  ],
};
