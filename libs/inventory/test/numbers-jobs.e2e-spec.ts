import { ManualClock, OutboxEvent, StateHistoryEntry, SYSTEM_PRINCIPAL } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { newIndividualCustomer } from '@contactly/customers/testing';
import { In } from 'typeorm';
import { NumberPoolJobs } from '../src/jobs/number-pool-jobs.js';
import { SubscriptionResources } from '../src/product/subscription-resources.js';
import { NumberReservation } from '../src/reservation/number-reservation.entity.js';
import { NumberResource } from '../src/resource/number-resource.entity.js';
import { insertNumbers, testMsisdns } from '../src/testing/index.js';
import { createInventoryTestApp } from './inventory-test-app.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The leased batch jobs that give numbers back to the pool: expired reservations and ended aging. */
describe('Number pool jobs', () => {
  const clock = new ManualClock('2026-05-01T08:00:00.000Z');
  let t: TestApp;
  let second: TestApp;
  let customerId: string;

  beforeAll(async () => {
    t = await createInventoryTestApp({ clock, env: { NUMBER_AGING_DAYS: '90' } });
    // A second instance of the server on the same database, as a deployment runs several.
    second = await createInventoryTestApp({ clock, database: t.database });
    customerId = (await newIndividualCustomer(t, ADMIN_AUTH)).id;
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const reserve = (value: string, minutes: number) =>
    t.http
      .post('/api/v1/numbers/reservations')
      .set('Authorization', ADMIN_AUTH)
      .send({ resourceType: 'msisdn', value, customer: { id: customerId }, expiresInMinutes: minutes })
      .expect(201);
  const rows = (ids: number[]) => t.db.repository(NumberResource).findBy({ id: In(ids) });

  it('returns expired reservations to the pool (history, events), leaves the others, and a rerun moves nothing', async () => {
    const numbers = await insertNumbers(t, 'msisdn', testMsisdns(3));
    const [short, alsoShort, long] = numbers;
    await reserve(short.value, 10);
    await reserve(alsoShort.value, 10);
    const kept = (await reserve(long.value, 60)).body;
    clock.advance(11 * MINUTE);
    const report = await t.get(NumberPoolJobs).expireReservations();
    expect(report).toEqual({ moved: 2, ran: true });
    const after = await rows(numbers.map((n) => n.id));
    expect(after.map((r) => [r.value, r.status, r.partyId])).toEqual([
      [short.value, 'available', null],
      [alsoShort.value, 'available', null],
      [long.value, 'reserved', Number(customerId)],
    ]);
    const reservations = await t.db.repository(NumberReservation).findBy({ resourceId: In(numbers.map((n) => n.id)) });
    expect(reservations.map((r) => r.status).sort()).toEqual(['active', 'expired', 'expired']);
    expect(reservations.find((r) => r.id === Number(kept.id))?.status).toBe('active');
    const history = await t.db.repository(StateHistoryEntry).findBy({ process: 'resource', resourceId: String(short.id) });
    expect(history.map((h) => [h.toState, h.actorName])).toEqual([
      ['reserved', 'Admin'],
      ['available', 'number-pool-jobs'],
    ]);
    const events = await t.db.repository(OutboxEvent).findBy({ resourceType: 'resource', resourceId: String(short.id) });
    expect(events.map((e) => e.eventType)).toEqual(['ResourceStateChangeEvent', 'ResourceStateChangeEvent']);
    // Each expired hold says so too: created, then expired.
    const expired = reservations.find((r) => r.resourceId === short.id)!;
    const holdEvents = await t.db.repository(OutboxEvent).findBy({ resourceType: 'numberReservation', resourceId: String(expired.id) });
    expect(holdEvents.map((e) => e.eventType)).toEqual(['NumberReservationCreateEvent', 'NumberReservationStateChangeEvent']);
    expect(holdEvents[1].payload).toContain('"status":"expired"');
    expect(await t.get(NumberPoolJobs).expireReservations()).toEqual({ moved: 0, ran: true });
    await t.http.delete(`/api/v1/numbers/reservations/${kept.id}`).set('Authorization', ADMIN_AUTH).expect(204);
  });

  it('returns aging numbers to the pool after NUMBER_AGING_DAYS, not before', async () => {
    const numbers = await insertNumbers(t, 'msisdn', testMsisdns(2));
    const resources = t.get(SubscriptionResources);
    await resources.assign(
      41,
      Number(customerId),
      numbers.map((n) => n.id),
      SYSTEM_PRINCIPAL,
    );
    await resources.release(41, SYSTEM_PRINCIPAL);
    clock.advance(89 * DAY);
    expect((await t.get(NumberPoolJobs).endAging()).moved).toBe(0);
    clock.advance(1 * DAY + MINUTE);
    expect((await t.get(NumberPoolJobs).endAging()).moved).toBe(2);
    expect((await rows(numbers.map((n) => n.id))).map((r) => [r.status, r.subscriptionId, r.partyId])).toEqual([
      ['available', null, null],
      ['available', null, null],
    ]);
    const history = await t.db.repository(StateHistoryEntry).findBy({ process: 'resource', resourceId: String(numbers[0].id) });
    expect(history.map((h) => h.toState)).toEqual(['assigned', 'aging', 'available']);
  });

  it('moves each number once when two instances run the jobs at once (in batches)', async () => {
    const values = testMsisdns(1200);
    const numbers = await insertNumbers(t, 'msisdn', values, { pool: 'jobs' });
    const ids = numbers.map((n) => n.id);
    await t.db.repository(NumberResource).update({ id: In(ids.slice(0, 600)) }, { status: 'reserved', reservedUntil: clock.now() });
    await t.db.repository(NumberResource).update({ id: In(ids.slice(600)) }, { status: 'aging', agingUntil: clock.now() });
    clock.advance(MINUTE);
    const reports = await Promise.all([
      t.get(NumberPoolJobs).expireReservations(),
      second.get(NumberPoolJobs).expireReservations(),
      t.get(NumberPoolJobs).endAging(),
      second.get(NumberPoolJobs).endAging(),
    ]);
    expect(reports[0].moved + reports[1].moved).toBe(600);
    expect(reports[2].moved + reports[3].moved).toBe(600);
    expect(await t.db.repository(NumberResource).countBy({ pool: 'jobs', status: 'available' })).toBe(1200);
    const history = await t.db.repository(StateHistoryEntry).findBy({ process: 'resource', resourceId: In(ids.map(String)) });
    expect(history).toHaveLength(1200);
  });
});
