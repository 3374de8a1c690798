import { Module } from '@nestjs/common';
import { definePermissions, providePermissions } from '@contactly/platform';
import { grantToBuiltinRoles } from '../src/index.js';

/**
 * Identity's tests run without the libs above it, whose permissions roles hold: these stand in for
 * a few of them (names as those libs declare them) and grant them as those libs do, so a role can
 * be given another lib's permission and every built-in role holds something.
 */
const STAND_IN_PERMISSIONS = definePermissions({
  'customers:read': 'Stand-in: read customers',
  'customers:write': 'Stand-in: write customers',
  'self:read': 'Stand-in: a subscriber reads their own data',
  'communications:read': 'Stand-in: read communications',
  'statistics:read': 'Stand-in: read statistics',
});

@Module({
  providers: [
    providePermissions(STAND_IN_PERMISSIONS),
    grantToBuiltinRoles(STAND_IN_PERMISSIONS, {
      agent: ['customers:read', 'customers:write', 'communications:read'],
      'support-engineer': ['customers:read'],
      marketer: ['communications:read', 'statistics:read', 'customers:read'],
      affiliate: ['customers:read', 'customers:write'],
      customer: ['self:read'],
    }),
  ],
})
export class StandInLibsModule {}
