import { mergePersistence, SYSTEM_PRINCIPAL } from '@contactly/platform';
import { createTestApp, type TestApp, type TestAppOptions, basic } from '@contactly/platform/testing';
import { IdentityModule, UserService } from '../src/index.js';
import { IDENTITY_PERSISTENCE } from '../src/persistence.js';
import { User } from '../src/user/user.entity.js';
import { StandInLibsModule } from './stand-in-libs.js';

export const createIdentityTestApp = (options: Partial<TestAppOptions> = {}) =>
  createTestApp({ modules: [IdentityModule, StandInLibsModule], ...mergePersistence(IDENTITY_PERSISTENCE), ...options });

let sequence = 0;

/** Factory: a real user row (through the service), with the Basic header to act as it. */
export async function newUser(
  t: TestApp,
  input: {
    roles?: string[];
    username?: string;
    password?: string;
    displayName?: string;
    kind?: 'staff' | 'affiliate' | 'customer';
    affiliateId?: number;
  } = {},
) {
  sequence += 1;
  const username = input.username ?? `user${sequence}.${Date.now().toString(36)}`;
  const password = input.password ?? 'Correct-Horse-42';
  const { body } = await t.get(UserService).create(
    {
      username,
      displayName: input.displayName ?? `Test User ${sequence}`,
      password,
      roles: input.roles ?? ['agent'],
      kind: input.kind,
      affiliateId: input.affiliateId,
    },
    SYSTEM_PRINCIPAL,
  );
  return { ...body, password, auth: basic(username, password) };
}

/** Fixture: binds a subscriber's login to a customer (what self-registration does once verified). */
export async function bindLoginToCustomer(t: TestApp, userId: number, customerId: number): Promise<void> {
  await t.db.repository(User).update({ id: userId }, { customerId });
}

/** Fixture: a login's id and password hash, to put the password back after a test changed it. */
export async function passwordHashOf(
  t: TestApp,
  login: { id: number } | { username: string },
): Promise<{ id: number; passwordHash: string } | null> {
  const user = await t.db.repository(User).findOneBy('id' in login ? { id: login.id } : { usernameKey: login.username.toLowerCase() });
  return user ? { id: user.id, passwordHash: user.passwordHash } : null;
}

export async function putPasswordHashBack(t: TestApp, userId: number, passwordHash: string): Promise<void> {
  await t.db.repository(User).update({ id: userId }, { passwordHash });
}
