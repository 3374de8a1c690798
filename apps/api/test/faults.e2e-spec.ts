import { randomUUID } from 'node:crypto';
import { ADMIN_AUTH, basic, type TestApp } from '@contactly/platform/testing';
import { createApiTestApp } from './api-test-app.js';
import { createFaultyDatabase, type FaultyDatabase } from './faults/database-faults.js';

const onMariaDb = (process.env.DATABASE_URL ?? '').startsWith('mariadb') ? describe : describe.skip;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tag = () => randomUUID().slice(0, 8);

async function eventually(ms: number, what: string, probe: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`${what} did not happen within ${ms} ms`);
    await sleep(100);
  }
}

/** The value of a Prometheus series in /metrics. */
const metric = async (t: TestApp, name: string) =>
  Number(new RegExp(`^${name} (\\S+)$`, 'm').exec((await t.http.get('/metrics').set('Authorization', ADMIN_AUTH).expect(200)).text)?.[1]);

/**
 * The database goes away under a running server — its connections killed during writes and during
 * dispatch, its logins refused for a few seconds — and comes back. Nothing may be lost or done
 * twice, no lease may stay stuck, requests meanwhile get 503 with Retry-After (never a 500), and
 * the server recovers by itself. MariaDB only: SQLite is a file in the process, it cannot go away.
 */
onMariaDb('database faults', () => {
  let faulty: FaultyDatabase;
  let t: TestApp;

  beforeAll(async () => {
    faulty = await createFaultyDatabase();
    t = await createApiTestApp({
      database: faulty.database,
      env: {
        COMMUNICATIONS_DISPATCHER: 'true',
        COMMUNICATIONS_DISPATCH_INTERVAL_MS: '100',
        COMMUNICATIONS_DISPATCH_BATCH: '10',
        COMMUNICATIONS_RETRY_BASE_MS: '100',
        COMMUNICATIONS_RETRY_MAX_MS: '500',
      },
    });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await faulty.close();
  });

  it('answers 503 with Retry-After while the database refuses, counts the outage once, and recovers without a restart', async () => {
    await t.http.get('/api/v1/users').set('Authorization', ADMIN_AUTH).expect(200);
    const outagesBefore = await metric(t, 'database_outages_total');
    const familyName = `Outage${tag()}`;
    await faulty.refuse();
    try {
      for (let i = 0; i < 5; i += 1) {
        const read = await t.http.get('/api/v1/users').set('Authorization', ADMIN_AUTH);
        expect({ status: read.status, code: read.body.code, retryAfter: read.headers['retry-after'] }).toEqual({
          status: 503,
          code: 'DATABASE_UNAVAILABLE',
          retryAfter: '5',
        });
        expect(read.body).toMatchObject({ '@type': 'Error', status: '503' });
      }
      expect(
        (await t.http.post('/tmf-api/party/v4/individual').set('Authorization', ADMIN_AUTH).send({ givenName: 'Not', familyName })).status,
      ).toBe(503);
      // Credentials nobody has cached cannot be checked: that is the database's state, not a wrong password.
      expect((await t.http.get('/api/v1/users').set('Authorization', basic('nobody.cached', 'Some-Password-1'))).status).toBe(503);
      expect((await t.http.get('/health')).status).toBe(503);
    } finally {
      await faulty.restore();
    }
    await eventually(10_000, 'recovery', async () => (await t.http.get('/api/v1/users').set('Authorization', ADMIN_AUTH)).status === 200);
    await t.http.get('/health').expect(200);
    expect(await metric(t, 'database_outages_total')).toBe(outagesBefore + 1);
    await eventually(5_000, 'the outage to be declared over', async () => (await metric(t, 'database_up')) === 1);
    expect(
      (await t.http.get('/tmf-api/party/v4/individual').query({ familyName }).set('Authorization', ADMIN_AUTH).expect(200)).body,
    ).toEqual([]);
  }, 60_000);

  it('keeps every acknowledged write and does none twice while connections are killed during writes', async () => {
    const prefix = `Killed${tag()}`;
    let killing = true;
    const killer = (async () => {
      while (killing) {
        await faulty.killConnections();
        await sleep(40);
      }
    })();
    const answers: string[] = [];
    const creates = Array.from({ length: 40 }, async (_, i) => {
      const key = randomUUID();
      // A client retries what the server could not do, with the same key, as a 503 asks it to.
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const res = await t.http
          .post('/tmf-api/party/v4/individual')
          .set('Authorization', ADMIN_AUTH)
          .set('Idempotency-Key', key)
          .send({ givenName: 'Kept', familyName: `${prefix}${i}` });
        answers.push(`${res.status} ${res.body.code ?? ''}`.trim());
        if (res.status === 201) return res.body.id as string;
        // Done, its answer lost with the database: the client looks the record up instead.
        if (res.body.code === 'IDEMPOTENCY_KEY_ANSWER_LOST') return undefined;
        await sleep(100);
      }
      throw new Error(`create ${i} never succeeded`);
    });
    const ids = await Promise.all(creates).finally(() => (killing = false));
    await killer;
    expect(
      answers.filter(
        (answer) =>
          !['201', '503 DATABASE_UNAVAILABLE', '409 IDEMPOTENCY_KEY_ANSWER_LOST', '409 IDEMPOTENCY_KEY_IN_PROGRESS'].includes(answer),
      ),
    ).toEqual([]);
    const stored = (await t.http.get('/tmf-api/party/v4/individual').query({ limit: 1000 }).set('Authorization', ADMIN_AUTH).expect(200))
      .body as { id: string; familyName: string }[];
    const ours = stored.filter((party) => party.familyName.startsWith(prefix));
    // Each one stored exactly once, whatever the client was told.
    expect(ours.map((party) => party.familyName).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `${prefix}${i}`).sort());
    for (const id of ids) if (id !== undefined) expect(ours.map((party) => party.id)).toContain(id);
  }, 120_000);

  it('sends each message once and keeps sending after connections are killed during dispatch', async () => {
    const company = (
      await t.http
        .post('/api/v1/companies')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Faults ${tag()}` })
        .expect(201)
    ).body;
    const department = (
      await t.http
        .post('/api/v1/departments')
        .set('Authorization', ADMIN_AUTH)
        .send({ companyId: company.companyId, name: `Faults ${tag()}` })
        .expect(201)
    ).body;
    await t.http
      .post('/api/v1/rules')
      .set('Authorization', ADMIN_AUTH)
      .send({ departmentId: department.departmentId, name: `Faults ${tag()}`, allowed: [{ communicationTypeId: 2, sendChannelTypeId: 3 }] })
      .expect(201);
    const document = (
      await t.http
        .post('/api/v1/documents')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Faults ${tag()}`, kind: 'text', subject: 'Hello', body: 'Despite everything' })
        .expect(201)
    ).body;
    const mailTo = async (count: number) => {
      const emails = Array.from({ length: count }, () => `faults.${tag()}@example.com`);
      const clientIds: number[] = [];
      for (const email of emails)
        clientIds.push(
          (
            await t.http
              .post('/api/v1/clients/add')
              .set('Authorization', ADMIN_AUTH)
              .send({ firstName: 'Faulty', lastName: 'Times', email })
              .expect(201)
          ).body.clientId,
        );
      const mailing = (
        await t.http
          .post('/api/v1/communications')
          .set('Authorization', ADMIN_AUTH)
          .send({
            name: `Faults ${tag()}`,
            communicationTypeId: 2,
            sendChannelTypeId: 3,
            documentId: document.documentId,
            departmentId: department.departmentId,
            recipients: { clientIds },
          })
          .expect(201)
      ).body;
      return { emails, mailingId: mailing.mailingId as number };
    };
    const sentOf = async (mailingId: number) =>
      Number(
        (await t.http.get('/api/v1/communications').query({ mailingId, status: 'sent', limit: 1 }).set('Authorization', ADMIN_AUTH))
          .headers['x-total-count'] ?? -1,
      );
    const deliveries = async (emails: string[]) =>
      (await t.db.dataSource.query(
        `SELECT recipient, COUNT(*) AS n FROM dev_mailbox_message WHERE recipient IN (${emails.map(() => '?').join(', ')}) GROUP BY recipient`,
        emails,
      )) as { recipient: string; n: number | string }[];

    const first = await mailTo(40);
    for (let blip = 0; blip < 15; blip += 1) {
      await faulty.killConnections();
      await sleep(80);
    }
    await eventually(30_000, 'the first mailing to be sent', async () => (await sentOf(first.mailingId)) === 40);
    // Sending goes on at once after the blips: no lease was left held by a run that stopped.
    const second = await mailTo(5);
    await eventually(5_000, 'the second mailing to be sent', async () => (await sentOf(second.mailingId)) === 5);
    const delivered = await deliveries([...first.emails, ...second.emails]);
    expect(delivered).toHaveLength(45);
    expect(delivered.filter((row) => Number(row.n) !== 1)).toEqual([]);
  }, 120_000);
});
