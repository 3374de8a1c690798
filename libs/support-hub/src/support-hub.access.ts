import { providePermissions } from '@contactly/platform';
import { grantToBuiltinRoles } from '@contactly/identity';
import { SUPPORT_HUB_PERMISSIONS } from './support-hub.permissions.js';

/** The support hub permissions, and which of them the built-in roles start with. */
export const SUPPORT_HUB_ACCESS = [
  providePermissions(SUPPORT_HUB_PERMISSIONS),
  grantToBuiltinRoles(SUPPORT_HUB_PERMISSIONS, {
    agent: ['support-hub:read'],
    'support-engineer': ['support-hub:read', 'support-hub:refresh', 'support-hub:merge'],
  }),
];
