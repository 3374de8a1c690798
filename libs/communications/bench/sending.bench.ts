// Communications volume benchmark (not part of `npm test`: prints timings, asserts nothing). On MariaDB:
// `npm run bench -- sending`, or directly
//
//   BENCH_RECIPIENTS=100000 DATABASE_URL=mariadb://root@127.0.0.1:3306/test node --experimental-vm-modules --no-warnings=ExperimentalWarning \
//     node_modules/jest/bin/jest.js --testMatch '**/libs/communications/bench/*.bench.ts' --testTimeout 900000
//
// BENCH_RECIPIENTS clients (default 100,000) are generated straight into the database, then:
// 1. `POST /api/v1/communications` to all of them (every per-recipient row created, every check
//    applied: rules, quiet hours, caps, blocks, bookings, addresses, template variables), beside the
//    bare multi-row INSERT of as many communication rows through the same driver (the floor);
// 2. the dispatcher sending them all to the dev mailbox provider (messages per second), in batches
//    of COMMUNICATIONS_DISPATCH_BATCH (default 1,000).
// Targets (issue 5): the send accepted in ≤ 10 s at 100,000 recipients; dispatch ≥ 2,000 messages/s.
import { bulkInsert, ManualClock } from '@contactly/platform';
import { ADMIN_AUTH } from '@contactly/platform/testing';
import { type BulkCustomerRow, insertPartiesInBulk } from '@contactly/customers/testing';
import { ClientProfile } from '../src/client/client-profile.entity.js';
import { Communication } from '../src/communication/communication.entity.js';
import { CommunicationDispatcher } from '../src/index.js';
import { createCommunicationsTestApp } from '../test/communications-test-app.js';
import { EMAIL, MASS, newDocument, newSendingDepartment, SMS } from '../test/sending-fixtures.js';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 100_000);
const BATCH = process.env.COMMUNICATIONS_DISPATCH_BATCH ?? '1000';
const seconds = (ms: number) => (ms / 1000).toFixed(2);
/** This process's CPU seconds since `from`: on a shared machine, what the server side cost whatever the wall clock says. */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return ((used.user + used.system) / 1e6).toFixed(2);
};

describe(`communications at ${RECIPIENTS} recipients`, () => {
  // Noon in Moscow: no quiet hours in the way of the send itself.
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');
  let t: Awaited<ReturnType<typeof createCommunicationsTestApp>>;

  beforeAll(async () => {
    t = await createCommunicationsTestApp({ clock, env: { COMMUNICATIONS_DISPATCH_BATCH: BATCH, BODY_LIMIT: '16mb' } });
  });
  afterAll(() => t.close());

  it('measures', async () => {
    const lines: string[] = [`database: ${t.database.dialect}, recipients: ${RECIPIENTS}, dispatch batch: ${BATCH}`];
    const now = clock.now();
    let started = performance.now();
    const firstId = await generateClients(t, RECIPIENTS, now);
    lines.push(`generated ${RECIPIENTS} clients: ${seconds(performance.now() - started)} s`);

    // A realistic rule: quiet hours, caps on both channels; a few blocked and booked clients.
    const sender = await newSendingDepartment(t, {
      rule: {
        quietHours: { start: '21:00', end: '09:00' },
        frequencyCaps: [
          { sendChannelTypeId: SMS, period: 'week', maxCount: 2 },
          { sendChannelTypeId: EMAIL, period: 'day', maxCount: 1 },
        ],
      },
    });
    const template = await newDocument(t, {
      subject: '{{firstName}}, опрос',
      body: 'Здравствуйте, {{firstName}} {{lastName}}! Ответьте на три вопроса: {{link}}',
    });
    for (let i = 0; i < Math.min(100, RECIPIENTS); i += 10) {
      await t.http
        .post('/api/v1/channel_blocks')
        .set('Authorization', ADMIN_AUTH)
        .send({ clientId: firstId + i, sendChannelTypeId: EMAIL, reason: 'Бенчмарк' })
        .expect(201);
    }

    started = performance.now();
    let cpu = process.cpuUsage();
    const res = await t.http
      .post('/api/v1/communications')
      .set('Authorization', sender.employee.auth)
      .send({
        name: 'Бенчмарк',
        communicationTypeId: MASS,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        variables: { link: 'https://example.com/s/1' },
        recipients: { filter: { 'clientId.gte': String(firstId) } },
      })
      .expect(201);
    const sendMs = performance.now() - started;
    const rows = Number(
      (
        (await t.db.dataSource.query('SELECT COUNT(*) AS n FROM communication WHERE mailing_id = ?', [res.body.mailingId])) as {
          n: number | string;
        }[]
      )[0].n,
    );
    lines.push(
      `POST /communications to ${RECIPIENTS}: ${seconds(sendMs)} s wall, ${cpuSince(cpu)} s server CPU (${Math.round(RECIPIENTS / (sendMs / 1000))} recipients/s), ${rows} rows, ${res.body.scheduledCount} scheduled, skipped ${JSON.stringify(res.body.skippedByReason)}`,
    );

    // The floor: the same number of rows written by one multi-row INSERT per 2,000, no checks, no events.
    const template1 = (await t.db.repository(Communication).findOneByOrFail({ mailingId: res.body.mailingId })) as Communication;
    const { id: _id, ...shape } = template1;
    started = performance.now();
    await t.db.transaction(() =>
      bulkInsert(
        t.db.manager,
        Communication,
        Array.from({ length: RECIPIENTS }, (_, i) => ({ ...shape, clientId: firstId + i, status: 'cancelled' as const, dueAt: null })),
      ),
    );
    const floorMs = performance.now() - started;
    lines.push(
      `bare INSERT of ${RECIPIENTS} communication rows: ${seconds(floorMs)} s — the send costs ${(sendMs / floorMs).toFixed(1)}× the bare write`,
    );

    started = performance.now();
    cpu = process.cpuUsage();
    const report = await t.get(CommunicationDispatcher).dispatchDue(15 * 60_000);
    const dispatchMs = performance.now() - started;
    lines.push(
      `dispatch to the dev mailbox: ${report.sent} sent in ${seconds(dispatchMs)} s wall, ${cpuSince(cpu)} s server CPU = ${Math.round(report.sent / (dispatchMs / 1000))} messages/s (${report.failed} failed, ${report.retried} to retry)`,
    );
    process.stdout.write(`\n${lines.join('\n')}\n\n`);
  });
});

/** `count` customers with an email and a phone, in multi-row inserts; returns the first one's id. */
async function generateClients(t: Awaited<ReturnType<typeof createCommunicationsTestApp>>, count: number, now: Date): Promise<number> {
  const zones = ['Europe/Moscow', 'Asia/Yekaterinburg', 'Asia/Novosibirsk', null];
  for (let from = 0; from < count; from += 10_000) {
    const rows: BulkCustomerRow[] = [];
    for (let i = from; i < Math.min(count, from + 10_000); i += 1) {
      const givenName = i % 2 ? 'Мария' : 'Ivan';
      rows.push({
        partyType: 'individual',
        givenName,
        familyName: `Bench${i}`,
        fullName: `${givenName} Bench${i}`,
        status: 'validated',
        isCustomer: true,
        customerName: `${givenName} Bench${i}`,
        customerStatus: 'active',
        customerSince: now,
        affiliateId: null,
        email: `bench.${i}@example.com`,
        phone: `+7900${String(i).padStart(7, '0')}`,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
    }
    await insertPartiesInBulk(t, rows);
  }
  const [{ first }] = (await t.db.dataSource.query("SELECT MIN(id) AS first FROM party WHERE family_name = 'Bench0'")) as {
    first: number | string;
  }[];
  // The platform's own attributes of them (every 50th unavailable, zones in turn), in its client_profile.
  for (let from = 0; from < count; from += 10_000) {
    const profiles = Array.from({ length: Math.min(count, from + 10_000) - from }, (_, k) => from + k).map((i) => ({
      clientId: Number(first) + i,
      available: i % 50 !== 0,
      timeZone: zones[i % zones.length],
      socialMedia: null,
      version: 1,
      updatedAt: now,
    }));
    await t.db.transaction(() => bulkInsert(t.db.manager, ClientProfile, profiles));
  }
  return Number(first);
}
