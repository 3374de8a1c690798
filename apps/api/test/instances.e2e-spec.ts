import { randomUUID } from 'node:crypto';
import { LeaseService } from '@contactly/platform';
import { ADMIN_AUTH, basic, type TestApp } from '@contactly/platform/testing';
import { type CrmSimulators, startCrmSimulators } from '../../crm-simulator/src/index.js';
import { createApiTestApp } from './api-test-app.js';

const onMariaDb = (process.env.DATABASE_URL ?? '').startsWith('mariadb') ? describe : describe.skip;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tag = () => randomUUID().slice(0, 8);

/** Polls `probe` until it holds, for at most `ms`; returns how long it took (or throws). */
async function within(ms: number, what: string, probe: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await probe())) {
    if (Date.now() - started > ms) throw new Error(`${what} did not happen within ${ms} ms`);
    await sleep(50);
  }
  return Date.now() - started;
}

/**
 * Three instances of the server on one MariaDB database, as a deployment runs them behind a load
 * balancer (SQLite is one process's file: there is nothing to share). Jobs, limits, caches and
 * idempotency must behave as if there were one.
 */
onMariaDb('three server instances on one database', () => {
  let sims: CrmSimulators;
  let instances: TestApp[];
  const [a, b, c] = [0, 1, 2].map((i) => () => instances[i]);

  beforeAll(async () => {
    sims = await startCrmSimulators({
      bananaPort: 0,
      strawberryPort: 0,
      bananaCases: 40,
      strawberryCases: 40,
      now: new Date('2026-01-15T00:00:00.000Z'),
    });
    const env = {
      BANANA_URL: sims.bananaUrl,
      STRAWBERRY_URL: sims.strawberryUrl,
      COMMUNICATIONS_DISPATCHER: 'true',
      COMMUNICATIONS_DISPATCH_INTERVAL_MS: '100',
      COMMUNICATIONS_DISPATCH_BATCH: '25',
      LOGIN_FAILURE_LIMIT_PER_USER: '5',
    };
    const first = await createApiTestApp({ env });
    instances = [
      first,
      await createApiTestApp({ env, database: first.database }),
      await createApiTestApp({ env, database: first.database }),
    ];
  }, 120_000);
  afterAll(async () => {
    for (const instance of [...instances].reverse()) await instance.close();
    await sims.close();
  });

  it('runs a leased job on one instance per tick', async () => {
    const ran: string[] = [];
    for (let tick = 0; tick < 5; tick += 1) {
      await Promise.all(
        instances.map((instance, i) =>
          instance.get(LeaseService).runExclusive('instances-test-job', 10_000, async () => {
            ran.push(`tick ${tick} on ${i}`);
            await sleep(150);
          }),
        ),
      );
    }
    expect(ran).toHaveLength(5);
  });

  it('delivers every message of a mailing exactly once, whichever instance dispatches', async () => {
    const company = (
      await a()
        .http.post('/api/v1/companies')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Instances ${tag()}` })
        .expect(201)
    ).body;
    const department = (
      await a()
        .http.post('/api/v1/departments')
        .set('Authorization', ADMIN_AUTH)
        .send({ companyId: company.companyId, name: `Instances ${tag()}` })
        .expect(201)
    ).body;
    await a()
      .http.post('/api/v1/rules')
      .set('Authorization', ADMIN_AUTH)
      .send({
        departmentId: department.departmentId,
        name: `Instances ${tag()}`,
        allowed: [{ communicationTypeId: 2, sendChannelTypeId: 3 }],
      })
      .expect(201);
    const document = (
      await a()
        .http.post('/api/v1/documents')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Instances ${tag()}`, kind: 'text', subject: 'Hello', body: 'Hello from every instance' })
        .expect(201)
    ).body;
    const emails: string[] = [];
    const clientIds: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const email = `instances.${tag()}@example.com`;
      emails.push(email);
      clientIds.push(
        (
          await instances[i % 3].http
            .post('/api/v1/clients/add')
            .set('Authorization', ADMIN_AUTH)
            .send({ firstName: 'Every', lastName: `Instance${i}`, email })
            .expect(201)
        ).body.clientId,
      );
    }
    const mailing = (
      await b()
        .http.post('/api/v1/communications')
        .set('Authorization', ADMIN_AUTH)
        .send({
          name: `Instances ${tag()}`,
          communicationTypeId: 2,
          sendChannelTypeId: 3,
          documentId: document.documentId,
          departmentId: department.departmentId,
          recipients: { clientIds },
        })
        .expect(201)
    ).body;
    await within(30_000, 'sending the mailing', async () => {
      const sent = await c()
        .http.get('/api/v1/communications')
        .query({ mailingId: mailing.mailingId, status: 'sent', limit: 1 })
        .set('Authorization', ADMIN_AUTH);
      return sent.headers['x-total-count'] === '60';
    });
    const delivered = (await a().db.dataSource.query(
      `SELECT recipient, COUNT(*) AS n FROM dev_mailbox_message WHERE recipient IN (${emails.map(() => '?').join(', ')}) GROUP BY recipient`,
      emails,
    )) as { recipient: string; n: number | string }[];
    expect(delivered).toHaveLength(60);
    expect(delivered.filter((row) => Number(row.n) !== 1)).toEqual([]);
  }, 60_000);

  it('replays one Idempotency-Key across instances: one record, the same answer everywhere', async () => {
    const key = randomUUID();
    const familyName = `Idem${tag()}`;
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        instances[i % 3].http
          .post('/tmf-api/party/v4/individual')
          .set('Authorization', ADMIN_AUTH)
          .set('Idempotency-Key', key)
          .send({ givenName: 'One', familyName }),
      ),
    );
    expect(answers.map((res) => res.status)).toEqual(Array(30).fill(201));
    expect(new Set(answers.map((res) => res.body.id)).size).toBe(1);
    expect(
      (await c().http.get('/tmf-api/party/v4/individual').query({ familyName }).set('Authorization', ADMIN_AUTH).expect(200)).body,
    ).toHaveLength(1);
  });

  it('counts failed sign-ins for the whole deployment, not per instance', async () => {
    const username = `throttled.${tag()}`;
    await a()
      .http.post('/api/v1/users')
      .set('Authorization', ADMIN_AUTH)
      .send({ username, displayName: 'Throttled', password: 'Right-Password-2026', roles: ['agent'] })
      .expect(201);
    for (let i = 0; i < 5; i += 1)
      await instances[i % 3].http
        .post('/api/v1/auth')
        .set('Authorization', basic(username, `wrong-${i}-password`))
        .expect(401);
    // Five failures in all, spread over three instances: the limit is reached everywhere, even for the right password.
    for (const instance of instances)
      expect((await instance.http.post('/api/v1/auth').set('Authorization', basic(username, 'Right-Password-2026'))).status).toBe(429);
  });

  it('makes a password change, a deactivation and a role change take effect on every instance within 2 s', async () => {
    const username = `changed.${tag()}`;
    const old = basic(username, 'Old-Password-2026!');
    const user = (
      await a()
        .http.post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .send({ username, displayName: 'Changed', password: 'Old-Password-2026!', roles: ['admin'] })
        .expect(201)
    ).body;
    // Cached on every instance.
    for (const instance of instances) await instance.http.get('/api/v1/users/me').set('Authorization', old).expect(200);
    await a()
      .http.put(`/api/v1/users/${user.id}/password`)
      .set('Authorization', ADMIN_AUTH)
      .send({ newPassword: 'New-Password-2026!' })
      .expect(204);
    for (const instance of [b(), c()]) {
      expect(
        await within(
          2000,
          'the old password stopping',
          async () => (await instance.http.get('/api/v1/users/me').set('Authorization', old)).status === 401,
        ),
      ).toBeLessThanOrEqual(2000);
    }
    const fresh = basic(username, 'New-Password-2026!');
    for (const instance of instances) await instance.http.get('/api/v1/users').set('Authorization', fresh).expect(200);
    await b()
      .http.patch(`/api/v1/users/${user.id}`)
      .set('Authorization', ADMIN_AUTH)
      .send({ roles: ['agent'] })
      .expect(200);
    for (const instance of [a(), c()])
      await within(
        2000,
        'the role change',
        async () => (await instance.http.get('/api/v1/users').set('Authorization', fresh)).status === 403,
      );
    await c().http.patch(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH).send({ active: false }).expect(200);
    for (const instance of [a(), b()])
      await within(
        2000,
        'the deactivation',
        async () => (await instance.http.get('/api/v1/users/me').set('Authorization', fresh)).status === 401,
      );
  }, 30_000);

  it('joins concurrent forced refreshes on different instances into one run', async () => {
    // A CRM that answers in 300 ms keeps the run going while all three triggers arrive, however busy the machine.
    for (const url of [sims.bananaUrl, sims.strawberryUrl])
      await fetch(`${url}/__faults`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ latencyMs: 300 }),
      });
    for (let trial = 0; trial < 5; trial += 1) {
      const answers = await Promise.all(
        instances.map((instance) => instance.http.post('/api/v1/support-hub/refresh?force=true').set('Authorization', ADMIN_AUTH)),
      );
      expect(answers.map((res) => res.status).filter((status) => status !== 202 && status !== 200)).toEqual([]);
      expect(new Set(answers.map((res) => res.body.id)).size).toBe(1);
      await within(
        30_000,
        'the refresh',
        async () =>
          (await a().http.get(`/api/v1/support-hub/refresh-runs/${answers[0].body.id}`).set('Authorization', ADMIN_AUTH)).body.status !==
          'running',
      );
      // Its end is stamped after its last write: the timestamps and the duration tell the same time.
      const run = (
        await b().http.get(`/api/v1/support-hub/refresh-runs/${answers[0].body.id}`).set('Authorization', ADMIN_AUTH).expect(200)
      ).body;
      expect(Math.abs(Date.parse(run.finishedAt) - Date.parse(run.startedAt) - run.durationMs)).toBeLessThanOrEqual(50);
    }
  }, 120_000);
});
