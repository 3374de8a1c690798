import { randomUUID } from 'node:crypto';
import { LeaseService, ManualClock } from '@contactly/platform';
import type { TestApp } from '@contactly/platform/testing';
import { PendingRegistration, type RegistrationStatus } from '../src/registration/pending-registration.entity.js';
import { RegistrationPurgeJob } from '../src/registration/registration-purge.job.js';
import { createCustomersTestApp } from './customers-test-app.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const VERIFY = '/api/v1/self-service/register/verify';

describe('purge of ended self-registrations (EXPIRED_RECORD_RETENTION_DAYS=3)', () => {
  let t: TestApp;
  const clock = new ManualClock('2026-06-20T12:00:00.000Z');
  const ago = (ms: number) => new Date(clock.nowMs() - ms);
  let sequence = 0;

  beforeAll(async () => {
    t = await createCustomersTestApp({ clock, env: { EXPIRED_RECORD_RETENTION_DAYS: '3' } });
  });
  afterAll(() => t.close());

  /** Factory: a registration row in the given state whose life ends (`expires_at`) `endedAgo` ago (negative: in the future). */
  const registration = (status: RegistrationStatus, endedAgo: number): PendingRegistration => {
    sequence += 1;
    const startedAt = ago(endedAgo + HOUR);
    const pending = status === 'pending';
    return {
      id: randomUUID(),
      partyType: 'individual',
      givenName: 'Purge',
      familyName: `Candidate${sequence}`,
      tradingName: null,
      email: `purge.${sequence}@example.com`,
      phone: `+4477001${String(sequence).padStart(5, '0')}`,
      passwordHash: pending ? '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g' : null,
      otpChannel: 'email',
      otpSalt: pending ? '0'.repeat(32) : null,
      otpHash: pending ? '0'.repeat(64) : null,
      otpExpiresAt: new Date(startedAt.getTime() + 10 * MINUTE),
      attempts: status === 'void' ? 5 : 0,
      resends: 0,
      lastSentAt: startedAt,
      status,
      expiresAt: ago(endedAgo),
      customerId: null,
      userId: null,
      createdAt: startedAt,
      updatedAt: startedAt,
      verifiedAt: status === 'verified' ? new Date(startedAt.getTime() + 5 * MINUTE) : null,
    };
  };
  const remainingIds = async () => (await t.db.repository(PendingRegistration).find({ select: { id: true } })).map((row) => row.id).sort();

  it('deletes verified registrations ended more than 3 days ago and unverified ones as soon as they ended, nothing else', async () => {
    const purged = [
      registration('verified', 3 * DAY + 1),
      registration('verified', 30 * DAY),
      registration('pending', 1),
      registration('void', 4 * DAY),
    ];
    const kept = [
      registration('verified', 3 * DAY),
      registration('verified', 2 * DAY),
      registration('pending', -30 * MINUTE),
      registration('void', -30 * MINUTE),
    ];
    await t.db.repository(PendingRegistration).insert([...purged, ...kept]);

    // Another instance holds the job's lease: this one does nothing.
    const lease = t.get(LeaseService);
    expect(await lease.tryAcquire('registration-purge', 10 * MINUTE, 'another-instance')).toBe(true);
    await t.get(RegistrationPurgeJob).run();
    expect(await remainingIds()).toHaveLength(purged.length + kept.length);

    await lease.release('registration-purge', 'another-instance');
    await t.get(RegistrationPurgeJob).run();
    expect(await remainingIds()).toEqual(kept.map((row) => row.id).sort());
    expect(await t.get(RegistrationPurgeJob).purge()).toBe(0);

    // A kept verified registration still says so; a purged one is gone.
    expect((await t.http.post(VERIFY).send({ registrationId: kept[1].id, code: '123456' }).expect(409)).body.code).toBe(
      'REGISTRATION_ALREADY_VERIFIED',
    );
    expect((await t.http.post(VERIFY).send({ registrationId: purged[0].id, code: '123456' }).expect(404)).body.code).toBe(
      'REGISTRATION_NOT_FOUND',
    );
  });
});
