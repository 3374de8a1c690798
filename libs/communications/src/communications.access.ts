import { providePermissions } from '@contactly/platform';
import { grantToBuiltinRoles } from '@contactly/identity';
import { COMMUNICATIONS_PERMISSIONS } from './communications.permissions.js';

/** The communications permissions, and which of them the built-in roles start with. */
export const COMMUNICATIONS_ACCESS = [
  providePermissions(COMMUNICATIONS_PERMISSIONS),
  grantToBuiltinRoles(COMMUNICATIONS_PERMISSIONS, {
    agent: ['communications:read'],
    marketer: ['communications:read', 'communications:send', 'communications:status', 'statistics:read'],
  }),
];
