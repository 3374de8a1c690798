import type { Role } from '../api-types';

/** The admin role always holds every permission: the API refuses edits to its permissions (409). */
export const isAdminRole = (role: Pick<Role, 'name'> | undefined) => role?.name === 'admin';
