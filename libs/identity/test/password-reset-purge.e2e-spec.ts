import { LeaseService, ManualClock } from '@contactly/platform';
import type { TestApp } from '@contactly/platform/testing';
import { PasswordResetToken } from '../src/password-reset/password-reset-token.entity.js';
import { PasswordResetPurgeJob } from '../src/password-reset/password-reset-purge.job.js';
import { RESET_TOKEN_TTL_MS } from '../src/password-reset/password-reset-rules.js';
import { hashResetToken } from '../src/password-reset/reset-token.js';
import { createIdentityTestApp, newUser } from './identity-test-app.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const LIVE_TOKEN = 'L'.repeat(43);

describe('purge of spent and expired password-reset tokens', () => {
  let t: TestApp;
  const clock = new ManualClock('2026-06-20T12:00:00.000Z');
  const ago = (ms: number) => new Date(clock.nowMs() - ms);

  beforeAll(async () => {
    t = await createIdentityTestApp({ clock });
  });
  afterAll(() => t.close());

  /** Factory: a token row of the user, issued `issuedAgo` ago, spent `spentAgo` ago if given. */
  const token = (userId: number, label: string, issuedAgo: number, spentAgo?: number) => ({
    userId,
    tokenHash: label === 'live' ? hashResetToken(LIVE_TOKEN) : label,
    createdAt: ago(issuedAgo),
    expiresAt: ago(issuedAgo - RESET_TOKEN_TTL_MS),
    spentAt: spentAgo === undefined ? null : ago(spentAgo),
    spentReason: spentAgo === undefined ? null : ('used' as const),
  });
  const remaining = async () =>
    (await t.db.repository(PasswordResetToken).find({ select: { tokenHash: true } })).map((row) => row.tokenHash).sort();

  it('deletes exactly the tokens spent or expired more than 7 days ago (the default), and only with the lease', async () => {
    const user = await newUser(t, { roles: ['customer'], kind: 'customer', username: `purge.${Date.now().toString(36)}@example.com` });
    const rows = [
      token(user.id, 'expired 8 days ago', 8 * DAY + 30 * MINUTE),
      token(user.id, 'used 8 days ago', 8 * DAY + 10 * MINUTE, 8 * DAY),
      // Spent just over 7 days ago although it expired just under 7 days ago.
      token(user.id, 'spent 7 days 1 minute ago', 7 * DAY + 10 * MINUTE, 7 * DAY + MINUTE),
      // Expired 8 days ago, marked spent only yesterday (a newer token superseded it): dead since its expiry.
      token(user.id, 'expired 8 days ago, spent yesterday', 8 * DAY + 30 * MINUTE, DAY),
      token(user.id, 'expired exactly 7 days ago', 7 * DAY + 30 * MINUTE),
      token(user.id, 'expired 6 days ago', 6 * DAY + 30 * MINUTE),
      token(user.id, 'used an hour ago', 2 * 60 * MINUTE, 60 * MINUTE),
      token(user.id, 'live', 5 * MINUTE),
    ];
    await t.db.repository(PasswordResetToken).insert(rows);
    const kept = ['expired 6 days ago', 'expired exactly 7 days ago', hashResetToken(LIVE_TOKEN), 'used an hour ago'].sort();

    // Another instance holds the job's lease: this one does nothing.
    const lease = t.get(LeaseService);
    expect(await lease.tryAcquire('password-reset-purge', 10 * MINUTE, 'another-instance')).toBe(true);
    await t.get(PasswordResetPurgeJob).run();
    expect(await remaining()).toHaveLength(rows.length);

    await lease.release('password-reset-purge', 'another-instance');
    await t.get(PasswordResetPurgeJob).run();
    expect(await remaining()).toEqual(kept);
    expect(await t.get(PasswordResetPurgeJob).purge()).toBe(0);

    // The live token still works.
    await t.http.post('/api/v1/auth/password-reset/confirm').send({ token: LIVE_TOKEN, newPassword: 'After-The-Purge-9' }).expect(204);
  });

  it('deletes a token once it has been spent for longer than the retention, not a millisecond before', async () => {
    const user = await newUser(t, { roles: ['customer'], kind: 'customer', username: `later.${Date.now().toString(36)}@example.com` });
    await t.db.repository(PasswordResetToken).insert(token(user.id, 'ages', 60 * MINUTE, 50 * MINUTE));
    clock.advance(7 * DAY - 50 * MINUTE);
    await t.get(PasswordResetPurgeJob).purge();
    expect(await remaining()).toContain('ages');
    clock.advance(1);
    await t.get(PasswordResetPurgeJob).purge();
    expect(await remaining()).not.toContain('ages');
  });

  it('has entities and migrations that agree on this dialect', async () => {
    const sql = await t.db.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });
});
