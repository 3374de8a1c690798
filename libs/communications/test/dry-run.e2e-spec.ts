import { ManualClock } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCommunicationsTestApp, newClient, newStaff, unique } from './communications-test-app.js';
import {
  EMAIL,
  MASS,
  newDocument,
  newReachableClient,
  newSenderRole,
  newSendingDepartment,
  pairs,
  PUSH,
  sendingCounts,
  SMS,
} from './sending-fixtures.js';

interface DryRun {
  recipientCount: number;
  goCount: number;
  movedCount: number;
  skippedCount: number;
  skippedByReason: Record<string, number>;
  movedByReason: Record<string, number>;
  recipients: { clientId: number; name: string; outcome: string; scheduledTime: string | null; reason: { code: string } | null }[];
}

/** What each recipient's communication became, as the outcome words of the dry run. */
const outcomeOfRow = (row: { status: string; reason: { code: string } | null }) =>
  row.status === 'skipped' ? 'skipped' : row.reason ? 'moved' : 'go';

describe('the dry run of a send', () => {
  let t: TestApp;
  // Thursday 15 January 2026, 12:00 in Moscow.
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');
  let sender: Awaited<ReturnType<typeof newSendingDepartment>>;
  let text: { documentId: number };

  const dryRun = (auth: string, body: Record<string, unknown>) =>
    t.http.post('/api/v1/communications/dry-run').set('Authorization', auth).send(body);
  const send = (auth: string, body: Record<string, unknown>) => t.http.post('/api/v1/communications').set('Authorization', auth).send(body);
  const rowsOf = async (mailingId: number) =>
    (await t.http.get('/api/v1/communications').query({ mailingId, limit: 1000 }).set('Authorization', ADMIN_AUTH).expect(200)).body as {
      clientId: number;
      status: string;
      reason: { code: string } | null;
      scheduledTime: string;
    }[];

  /** The send of the same body must do exactly what the dry run said, recipient by recipient. */
  async function expectSendToMatch(auth: string, body: Record<string, unknown>, estimate: DryRun) {
    const sent = (await send(auth, body).expect(201)).body;
    expect(sent).toMatchObject({
      recipientCount: estimate.recipientCount,
      scheduledCount: estimate.goCount + estimate.movedCount,
      movedCount: estimate.movedCount,
      skippedCount: estimate.skippedCount,
      skippedByReason: estimate.skippedByReason,
    });
    const rows = await rowsOf(sent.mailingId);
    const actual = Object.fromEntries(rows.map((row) => [row.clientId, [outcomeOfRow(row), row.reason?.code ?? null]]));
    const expected = Object.fromEntries(estimate.recipients.map((r) => [r.clientId, [r.outcome, r.reason?.code ?? null]]));
    expect(actual).toEqual(expected);
    return sent;
  }

  beforeAll(async () => {
    t = await createCommunicationsTestApp({ clock });
    sender = await newSendingDepartment(t, {
      roleSends: pairs([MASS], [SMS, EMAIL, PUSH]),
      rule: { quietHours: { start: '21:00', end: '09:00' }, frequencyCaps: [{ sendChannelTypeId: SMS, period: 'day', maxCount: 1 }] },
    });
    text = await newDocument(t, { kind: 'text', subject: 'Новости', body: 'Здравствуйте!' });
  });
  afterAll(() => t.close());

  it('says per recipient go, moved or skipped with the reason, writes nothing, and the send then does the same', async () => {
    const ok = await newReachableClient(t, { firstName: 'Анна', lastName: `Иванова${unique()}` });
    const unavailable = await newReachableClient(t, { available: false });
    const blocked = await newReachableClient(t);
    const noEmail = await newClient(t, ADMIN_AUTH, { phone: '+79161112234' });
    const london = await newReachableClient(t, { timeZone: 'Europe/London' });
    await t.http
      .post('/api/v1/channel_blocks')
      .set('Authorization', ADMIN_AUTH)
      .send({ clientId: blocked.clientId, sendChannelTypeId: EMAIL, reason: 'Просил не писать' })
      .expect(201);
    // 19:30 UTC: 22:30 in Moscow (quiet hours, moved), 19:30 in London (goes).
    const body = {
      name: `Оценка ${unique()}`,
      communicationTypeId: MASS,
      sendChannelTypeId: EMAIL,
      documentId: text.documentId,
      recipients: { clientIds: [ok, unavailable, blocked, noEmail, london].map((c) => c.clientId) },
      schedule: { at: '2026-01-15T19:30:00Z' },
    };
    const before = await sendingCounts(t);
    const res = await dryRun(sender.employee.auth, body).expect(200);
    expect(res.headers.location).toBeUndefined();
    const estimate = res.body as DryRun;
    expect(estimate).toMatchObject({
      recipientCount: 5,
      goCount: 1,
      movedCount: 1,
      skippedCount: 3,
      skippedByReason: { CLIENT_UNAVAILABLE: 1, CHANNEL_BLOCKED: 1, NO_ADDRESS: 1 },
      movedByReason: { QUIET_HOURS: 1 },
      departmentId: sender.department.departmentId,
    });
    // Skipped first, then moved, then the rest; each with a name to show.
    expect(estimate.recipients.map((r) => r.outcome)).toEqual(['skipped', 'skipped', 'skipped', 'moved', 'go']);
    expect(estimate.recipients.find((r) => r.clientId === ok.clientId)).toMatchObject({
      outcome: 'moved',
      name: expect.stringContaining('Анна'),
      scheduledTime: '2026-01-16T06:00:00.000+00:00',
      reason: { code: 'QUIET_HOURS' },
    });
    expect(estimate.recipients.find((r) => r.clientId === london.clientId)).toMatchObject({
      outcome: 'go',
      scheduledTime: '2026-01-15T19:30:00.000+00:00',
      reason: null,
    });
    expect(estimate.recipients.find((r) => r.clientId === blocked.clientId)).toMatchObject({
      scheduledTime: null,
      reason: { code: 'CHANNEL_BLOCKED', message: expect.stringContaining('Просил не писать') },
    });
    // Nothing written: no mailing, communication or event; and asking again answers the same.
    expect(await sendingCounts(t)).toEqual(before);
    expect((await dryRun(sender.employee.auth, body).expect(200)).body).toEqual(estimate);

    await expectSendToMatch(sender.employee.auth, body, estimate);
  });

  it('refuses what the send refuses, the same way, and writes nothing', async () => {
    const client = await newReachableClient(t);
    const body = { name: `Отказ ${unique()}`, communicationTypeId: MASS, sendChannelTypeId: EMAIL, documentId: text.documentId };
    const before = await sendingCounts(t);
    for (const [wrong, status, code] of [
      [{ recipients: { clientIds: [client.clientId, 99_999_999] } }, 422, 'CLIENT_NOT_FOUND'],
      [{ recipients: { clientIds: [client.clientId] }, schedule: { at: '2025-01-01T00:00:00Z' } }, 400, 'SCHEDULE_IN_PAST'],
      [{ recipients: { clientIds: [client.clientId] }, sendChannelTypeId: 5 }, 403, undefined],
      [{ recipients: {} }, 400, 'VALIDATION_FAILED'],
    ] as const) {
      const asDryRun = await dryRun(sender.employee.auth, { ...body, ...wrong }).expect(status);
      const asSend = await send(sender.employee.auth, { ...body, ...wrong }).expect(status);
      expect(asDryRun.body.code).toBe(asSend.body.code);
      if (code) expect(asDryRun.body.code).toBe(code);
    }
    expect(await sendingCounts(t)).toEqual(before);
    // Staff without a send permission may not ask either.
    const readerRole = await newSenderRole(t, [], ['communications:read']);
    const reader = await newStaff(t, [readerRole.name]);
    await dryRun(reader.auth, { ...body, recipients: { clientIds: [client.clientId] } }).expect(403);
  });

  it('stays true next to a concurrent send: after it, the caps it filled show, and the next send does that', async () => {
    const clients = await Promise.all([1, 2, 3].map(() => newReachableClient(t)));
    const body = (name: string) => ({
      name,
      communicationTypeId: MASS,
      sendChannelTypeId: SMS,
      documentId: text.documentId,
      recipients: { clientIds: clients.map((c) => c.clientId) },
    });
    const first = (await dryRun(sender.employee.auth, body(`Первая ${unique()}`)).expect(200)).body as DryRun;
    expect(first).toMatchObject({ recipientCount: 3, goCount: 3, skippedCount: 0 });

    // The send and another dry run at once: the dry run reads the data before or after the send's
    // transaction, never half of it, and writes nothing of its own.
    const before = await sendingCounts(t);
    const [sent, during] = await Promise.all([
      send(sender.employee.auth, body(`Первая ${unique()}`)).expect(201),
      dryRun(sender.employee.auth, body(`Вторая ${unique()}`)).expect(200),
    ]);
    expect(sent.body).toMatchObject({ scheduledCount: 3, skippedCount: 0 });
    const duringCounts = [during.body.goCount, during.body.skippedCount];
    expect([
      [3, 0],
      [0, 3],
    ]).toContainEqual(duringCounts);
    const after = await sendingCounts(t);
    expect(after.mailings).toBe(before.mailings + 1);
    expect(after.communications).toBe(before.communications + 3);

    // Now each already has its one SMS of the day: the dry run says so, and the send does it.
    const now = (await dryRun(sender.employee.auth, body(`Вторая ${unique()}`)).expect(200)).body as DryRun;
    expect(now).toMatchObject({ goCount: 0, skippedCount: 3, skippedByReason: { FREQUENCY_CAP: 3 } });
    await expectSendToMatch(sender.employee.auth, body(`Вторая ${unique()}`), now);
  });
});
