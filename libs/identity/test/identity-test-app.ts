import { SYSTEM_PRINCIPAL } from '@contactly/platform';
import { createTestApp, type TestApp, type TestAppOptions, basic } from '@contactly/platform/testing';
import { IDENTITY_ENTITIES, IDENTITY_MIGRATIONS, IdentityModule, UserService } from '../src/index.js';
import { StandInLibsModule } from './stand-in-libs.js';

export const createIdentityTestApp = (options: Partial<TestAppOptions> = {}) =>
  createTestApp({ modules: [IdentityModule, StandInLibsModule], entities: IDENTITY_ENTITIES, migrations: IDENTITY_MIGRATIONS, ...options });

let sequence = 0;

/** Factory: a real user row (through the service), with the Basic header to act as it. */
export async function newUser(t: TestApp, input: { roles?: string[]; username?: string; password?: string; displayName?: string; kind?: 'staff' | 'affiliate' | 'customer'; affiliateId?: number } = {}) {
  sequence += 1;
  const username = input.username ?? `user${sequence}.${Date.now().toString(36)}`;
  const password = input.password ?? 'Correct-Horse-42';
  const { body } = await t.get(UserService).create(
    { username, displayName: input.displayName ?? `Test User ${sequence}`, password, roles: input.roles ?? ['agent'], kind: input.kind, affiliateId: input.affiliateId },
    SYSTEM_PRINCIPAL,
  );
  return { ...body, password, auth: basic(username, password) };
}
