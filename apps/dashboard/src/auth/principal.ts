import type { components } from '../api/schema';

/** Who is signed in: `POST /api/v1/auth` answers with it. */
export type Principal = components['schemas']['PrincipalDto'];

export const hasPermission = (principal: Principal, permission: string): boolean => principal.permissions.includes(permission);
