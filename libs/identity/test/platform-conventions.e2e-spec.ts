import { Database, LeaseService, ManualClock, OutboxRepository, toErrorResponse } from '@contactly/platform';
import { ADMIN_AUTH, basic, type TestApp } from '@contactly/platform/testing';
import { createIdentityTestApp, newUser } from './identity-test-app.js';

interface OutboxRow {
  eventType: string;
  payload: string;
}

const validUser = (username: string, extra: Record<string, unknown> = {}) => ({
  username,
  displayName: `Name of ${username}`,
  password: 'Correct-Horse-42',
  roles: ['agent'],
  ...extra,
});

describe('platform conventions over the identity app', () => {
  let t: TestApp;
  const clock = new ManualClock('2026-03-02T08:00:00.000Z');
  beforeAll(async () => {
    t = await createIdentityTestApp({ clock });
  });
  afterAll(() => t.close());

  const eventsOf = (resourceType: string, id: number | string) => t.get(OutboxRepository).findForResource(resourceType, String(id));
  const outboxCount = async () => Number((await t.db.dataSource.query('SELECT COUNT(*) AS n FROM outbox_event'))[0].n);
  const auditCount = async () => Number((await t.db.dataSource.query('SELECT COUNT(*) AS n FROM audit_entry'))[0].n);
  const payloadOf = (event: OutboxRow) => JSON.parse(event.payload) as { user: Record<string, unknown> };

  describe('outbox events', () => {
    it('records UserCreateEvent, UserAttributeValueChangeEvent and UserDeleteEvent with the resource snapshot', async () => {
      const created = await t.http.post('/api/v1/users').set('Authorization', ADMIN_AUTH).send(validUser('outbox.one')).expect(201);
      const id = created.body.id as number;
      let events = await eventsOf('user', id);
      expect(events.map((e) => e.eventType)).toEqual(['UserCreateEvent']);
      expect(payloadOf(events[0]).user).toEqual(created.body);

      const patched = await t.http
        .patch(`/api/v1/users/${id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ displayName: 'Renamed Person' })
        .expect(200);
      events = await eventsOf('user', id);
      expect(events.map((e) => e.eventType)).toEqual(['UserCreateEvent', 'UserAttributeValueChangeEvent']);
      expect(payloadOf(events[1]).user).toEqual(patched.body);
      expect(payloadOf(events[1]).user.displayName).toBe('Renamed Person');

      await t.http.delete(`/api/v1/users/${id}`).set('Authorization', ADMIN_AUTH).expect(204);
      events = await eventsOf('user', id);
      expect(events.map((e) => e.eventType)).toEqual(['UserCreateEvent', 'UserAttributeValueChangeEvent', 'UserDeleteEvent']);
      expect(payloadOf(events[2]).user).toMatchObject({ id, username: 'outbox.one', displayName: 'Renamed Person' });
      for (const event of events) {
        expect(event.eventId).toMatch(/^[0-9a-f-]{36}$/);
        expect(event.occurredAt.toISOString()).toBe(clock.now().toISOString());
        expect(event.publishedAt).toBeNull();
      }
    });

    it('records a UserStateChangeEvent when a user is deactivated', async () => {
      const user = await newUser(t);
      await t.http.patch(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH).send({ active: false }).expect(200);
      const events = await eventsOf('user', user.id);
      expect(events.map((e) => e.eventType)).toEqual(['UserCreateEvent', 'UserStateChangeEvent']);
      expect(payloadOf(events[1]).user.active).toBe(false);
    });

    it('never puts a password or its hash into an event', async () => {
      const created = await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .send(validUser('outbox.secret', { password: 'Very-Secret-Words-77' }))
        .expect(201);
      await t.http
        .put(`/api/v1/users/${created.body.id}/password`)
        .set('Authorization', ADMIN_AUTH)
        .send({ newPassword: 'Other-Secret-Words-88' })
        .expect(204);
      const events = await eventsOf('user', created.body.id);
      expect(events).toHaveLength(2);
      for (const event of events) {
        expect(event.payload).not.toContain('Very-Secret-Words-77');
        expect(event.payload).not.toContain('Other-Secret-Words-88');
        expect(event.payload).not.toMatch(/argon2|passwordHash/);
      }
    });

    it('records no event and no audit entry for a write that fails (duplicate username 409)', async () => {
      await t.http.post('/api/v1/users').set('Authorization', ADMIN_AUTH).send(validUser('outbox.taken')).expect(201);
      const [events, audits] = [await outboxCount(), await auditCount()];
      const res = await t.http.post('/api/v1/users').set('Authorization', ADMIN_AUTH).send(validUser('OUTBOX.TAKEN')).expect(409);
      expect(res.body.code).toBe('USERNAME_TAKEN');
      expect(await outboxCount()).toBe(events);
      expect(await auditCount()).toBe(audits);
    });

    it('records no event for a PATCH that changes nothing', async () => {
      const user = await newUser(t, { displayName: 'Same Name' });
      const res = await t.http
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ displayName: 'Same Name' })
        .expect(200);
      expect(res.body.version).toBe(user.version);
      expect((await eventsOf('user', user.id)).map((e) => e.eventType)).toEqual(['UserCreateEvent']);
    });

    it('serves the events on the warehouse feed in order', async () => {
      const user = await newUser(t);
      const res = await t.http.get('/api/v1/events?resourceType=user&limit=1000').set('Authorization', ADMIN_AUTH).expect(200);
      const mine = res.body.filter((e: { event: { user: { id: number } } }) => e.event.user.id === user.id);
      expect(mine.map((e: { eventType: string }) => e.eventType)).toEqual(['UserCreateEvent']);
      const sequences = res.body.map((e: { sequence: number }) => e.sequence);
      expect(sequences).toEqual([...sequences].sort((a: number, b: number) => a - b));
    });
  });

  describe('audit trail', () => {
    interface AuditBody {
      id: number;
      actor: { id: number; username: string };
      action: string;
      resourceType: string;
      resourceId: string;
      changes: Record<string, { before: unknown; after: unknown }>;
      reason: string | null;
      at: string;
    }
    const historyOf = async (id: number) => {
      const res = await t.http.get(`/api/v1/audit?resourceType=user&resourceId=${id}`).set('Authorization', ADMIN_AUTH).expect(200);
      return { entries: res.body as AuditBody[], total: res.headers['x-total-count'], text: res.text };
    };

    it('records who created, changed and deleted a user, with the before/after of each field, newest first', async () => {
      const admin = (await t.http.get('/api/v1/users/me').set('Authorization', ADMIN_AUTH).expect(200)).body as { id: number };
      const editor = await newUser(t, { roles: ['admin'] });
      const created = await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .send(validUser('audited.one', { email: 'audited@example.com' }))
        .expect(201);
      const id = created.body.id as number;
      await t.http
        .patch(`/api/v1/users/${id}`)
        .set('Authorization', editor.auth)
        .send({ displayName: 'Audited Renamed', roles: ['agent', 'marketer'] })
        .expect(200);

      const { entries, total } = await historyOf(id);
      expect(total).toBe('2');
      expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
      const [update, create] = entries;
      expect(create).toMatchObject({
        actor: { id: admin.id, username: 'Admin' },
        resourceType: 'user',
        resourceId: String(id),
        reason: null,
        at: clock.now().toISOString(),
      });
      expect(create.changes).toMatchObject({
        username: { before: null, after: 'audited.one' },
        email: { before: null, after: 'audited@example.com' },
      });
      expect(update.actor).toEqual({ id: editor.id, username: editor.username });
      expect(update.changes).toEqual({
        displayName: { before: 'Name of audited.one', after: 'Audited Renamed' },
        roles: { before: ['agent'], after: ['agent', 'marketer'] },
      });

      await t.http.delete(`/api/v1/users/${id}`).set('Authorization', ADMIN_AUTH).expect(204);
      const after = await historyOf(id);
      expect(after.entries.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
      expect(after.entries[0].changes.username).toEqual({ before: 'audited.one', after: null });
    });

    it('shows a password change as [redacted], never the password', async () => {
      const user = await newUser(t, { password: 'First-Password-123' });
      await t.http
        .put('/api/v1/users/me/password')
        .set('Authorization', user.auth)
        .send({ currentPassword: 'First-Password-123', newPassword: 'Second-Password-456' })
        .expect(204);
      await t.http
        .put(`/api/v1/users/${user.id}/password`)
        .set('Authorization', ADMIN_AUTH)
        .send({ newPassword: 'Third-Password-789' })
        .expect(204);
      const { entries, text } = await historyOf(user.id);
      expect(entries.map((e) => e.action)).toEqual(['password-reset', 'password-change', 'create']);
      expect(entries[1].actor.username).toBe(user.username);
      expect(entries[0].actor.username).toBe('Admin');
      for (const entry of entries.slice(0, 2)) expect(entry.changes).toEqual({ password: { before: '[redacted]', after: '[redacted]' } });
      for (const secret of ['First-Password-123', 'Second-Password-456', 'Third-Password-789', 'argon2'])
        expect(text).not.toContain(secret);
      const stored = await t.db.dataSource.query('SELECT changes FROM audit_entry WHERE resource_type = ? AND resource_id = ?', [
        'user',
        String(user.id),
      ]);
      expect(JSON.stringify(stored)).not.toMatch(/Password-\d{3}|argon2/);
    });

    it('pages the history and refuses a missing resource type (400)', async () => {
      const user = await newUser(t);
      for (const name of ['One Name', 'Two Name', 'Three Name'])
        await t.http.patch(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH).send({ displayName: name }).expect(200);
      const page = await t.http
        .get(`/api/v1/audit?resourceType=user&resourceId=${user.id}&offset=1&limit=1`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(page.headers['x-total-count']).toBe('4'); // the three renames and the create
      expect(page.body.map((e: AuditBody) => e.changes.displayName.after)).toEqual(['Two Name']);
      const bad = await t.http.get(`/api/v1/audit?resourceId=${user.id}`).set('Authorization', ADMIN_AUTH).expect(400);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toContain('resourceType');
    });

    it('needs audit:read (403 for a marketer)', async () => {
      const marketer = await newUser(t, { roles: ['marketer'] });
      const res = await t.http.get('/api/v1/audit?resourceType=user&resourceId=1').set('Authorization', marketer.auth).expect(403);
      expect(res.body.code).toBe('PERMISSION_DENIED');
    });
  });

  describe('UTF-8', () => {
    const name = 'Сергей Иванов 🚀📞';

    it('keeps a Cyrillic and emoji display name unchanged through POST, GET, filters, events and audit', async () => {
      const created = await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .send(validUser('sergey.ivanov', { displayName: name }))
        .expect(201);
      expect(created.body.displayName).toBe(name);
      const read = await t.http.get(`/api/v1/users/${created.body.id}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(read.body.displayName).toBe(name);
      expect(read.headers['content-type']).toMatch(/charset=utf-8/i);

      const exact = await t.http.get('/api/v1/users').query({ displayName: name }).set('Authorization', ADMIN_AUTH).expect(200);
      expect(exact.body.map((u: { id: number }) => u.id)).toEqual([created.body.id]);
      const prefix = await t.http.get('/api/v1/users').query({ q: 'Сергей Ив' }).set('Authorization', ADMIN_AUTH).expect(200);
      expect(prefix.body.map((u: { id: number }) => u.id)).toEqual([created.body.id]);
      const other = await t.http
        .get('/api/v1/users')
        .query({ displayName: 'Сергей Иванов 🚀' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(other.body).toEqual([]);

      const [event] = await eventsOf('user', created.body.id);
      expect(payloadOf(event).user.displayName).toBe(name);
      const audit = await t.http
        .get(`/api/v1/audit?resourceType=user&resourceId=${created.body.id}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(audit.body[0].changes.displayName.after).toBe(name);
    });
  });

  describe('leases', () => {
    it('lets only one holder take a lease until it expires, then another may', async () => {
      const leases = t.get(LeaseService);
      expect(await leases.tryAcquire('nightly-report', 60_000, 'instance-a')).toBe(true);
      expect(await leases.tryAcquire('nightly-report', 60_000, 'instance-b')).toBe(false);
      clock.advance(60_000);
      expect(await leases.tryAcquire('nightly-report', 60_000, 'instance-b')).toBe(false); // expires at, not before
      clock.advance(1);
      expect(await leases.tryAcquire('nightly-report', 60_000, 'instance-b')).toBe(true);
      expect(await leases.tryAcquire('nightly-report', 60_000, 'instance-a')).toBe(false);
    });

    it('lets the holder renew its own lease', async () => {
      const leases = t.get(LeaseService);
      expect(await leases.tryAcquire('renewed', 10_000, 'instance-a')).toBe(true);
      expect(await leases.tryAcquire('renewed', 10_000, 'instance-a')).toBe(true); // same moment, same expiry
      clock.advance(5_000);
      expect(await leases.tryAcquire('renewed', 10_000, 'instance-a')).toBe(true);
      clock.advance(6_000); // past the first expiry, not past the renewed one
      expect(await leases.tryAcquire('renewed', 10_000, 'instance-b')).toBe(false);
    });

    it('gives a contested lease to exactly one of many concurrent holders', async () => {
      const leases = t.get(LeaseService);
      const results = await Promise.all(['h1', 'h2', 'h3', 'h4', 'h5'].map((holder) => leases.tryAcquire('contested', 60_000, holder)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('lets a released lease be taken at once', async () => {
      const leases = t.get(LeaseService);
      expect(await leases.tryAcquire('released', 60_000, 'instance-a')).toBe(true);
      await leases.release('released', 'instance-b'); // not its lease: nothing happens
      expect(await leases.tryAcquire('released', 60_000, 'instance-b')).toBe(false);
      await leases.release('released', 'instance-a');
      expect(await leases.tryAcquire('released', 60_000, 'instance-b')).toBe(true);
    });

    it('runs a job once while another instance (or an overlapping run) holds its lease', async () => {
      const instanceA = t.get(LeaseService);
      const instanceB = new LeaseService(t.get(Database), clock); // a second server on the same database
      expect(instanceB.holderId).not.toBe(instanceA.holderId);
      let runs = 0;
      const nested: boolean[] = [];
      const ran = await instanceA.runExclusive('exclusive-job', 60_000, async () => {
        runs += 1;
        nested.push(await instanceB.runExclusive('exclusive-job', 60_000, async () => void (runs += 1)));
        nested.push(await instanceA.runExclusive('exclusive-job', 60_000, async () => void (runs += 1)));
      });
      expect(ran).toBe(true);
      expect(nested).toEqual([false, false]);
      expect(runs).toBe(1);
      // Released when done: the next run goes ahead on any instance.
      expect(await instanceB.runExclusive('exclusive-job', 60_000, async () => void (runs += 1))).toBe(true);
      expect(runs).toBe(2);
    });

    it('releases the lease even when the job fails', async () => {
      const leases = t.get(LeaseService);
      await expect(leases.runExclusive('failing-job', 60_000, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      expect(await leases.runExclusive('failing-job', 60_000, async () => undefined)).toBe(true);
    });
  });

  describe('metrics', () => {
    it('requires credentials (401) and metrics:read (403)', async () => {
      const res = await t.http.get('/metrics').expect(401);
      expect(res.body['@type']).toBe('Error');
      const agent = await newUser(t, { roles: ['agent'] });
      await t.http.get('/metrics').set('Authorization', agent.auth).expect(403);
    });

    it('counts requests by route template, never by raw URL', async () => {
      const user = await newUser(t);
      await t.http.get(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH).expect(200);
      const res = await t.http.get('/metrics').set('Authorization', ADMIN_AUTH).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.text).toContain('# TYPE http_requests_total counter');
      expect(res.text).toMatch(
        /http_requests_total\{[^}]*method="GET"[^}]*route="\/api\/v1\/users\/:id"[^}]*status_code="200"[^}]*\} [1-9]/,
      );
      expect(res.text).toMatch(/http_request_duration_seconds_bucket\{[^}]*route="\/api\/v1\/users\/:id"/);
      expect(res.text).not.toContain(`route="/api/v1/users/${user.id}"`);
    });
  });

  describe('HTTP conventions', () => {
    it('gives every response an X-Request-Id, success or error', async () => {
      for (const res of [
        await t.http.get('/health'),
        await t.http.get('/api/v1/users'),
        await t.http.get('/api/v1/nothing-here').set('Authorization', ADMIN_AUTH),
      ]) {
        expect(res.headers['x-request-id']).toMatch(/^[A-Za-z0-9._:-]{8,100}$/);
      }
      const [a, b] = [await t.http.get('/health'), await t.http.get('/health')];
      expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
    });

    it('echoes a sane incoming X-Request-Id and replaces an unsafe one', async () => {
      const sane = await t.http
        .get('/api/v1/users/me')
        .set('Authorization', ADMIN_AUTH)
        .set('X-Request-Id', 'gateway-req-0001:abc')
        .expect(200);
      expect(sane.headers['x-request-id']).toBe('gateway-req-0001:abc');
      for (const unsafe of ['short', 'has spaces in it', 'x'.repeat(101), 'semi;colon;request;id', '../../etc/passwd']) {
        const res = await t.http.get('/health').set('X-Request-Id', unsafe);
        expect(res.headers['x-request-id']).not.toBe(unsafe);
        expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      }
    });

    it('sends security headers', async () => {
      for (const res of [
        await t.http.get('/health'),
        await t.http.get('/api/v1/users').set('Authorization', ADMIN_AUTH),
        await t.http.get('/api/v1/users'),
      ]) {
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['content-security-policy']).toContain("default-src 'self'");
        expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      }
    });

    it('answers an unknown route under /api/v1 with 404 in the common error shape', async () => {
      for (const req of [
        t.http.get('/api/v1/no-such-thing').set('Authorization', ADMIN_AUTH),
        t.http.post('/api/v1/no/such/thing').set('Authorization', ADMIN_AUTH).send({}),
        t.http.get('/api/v1/no-such-thing'),
      ]) {
        const res = await req.expect(404);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        expect(res.body).toEqual({
          '@type': 'Error',
          code: expect.any(String),
          reason: 'Not Found',
          message: expect.any(String),
          status: '404',
        });
      }
    });

    it('answers an unknown method on a known path with an error in the common shape', async () => {
      const res = await t.http.put('/api/v1/roles').set('Authorization', ADMIN_AUTH).send({});
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body).toMatchObject({ '@type': 'Error', status: String(res.status) });
    });
  });

  describe('transactions', () => {
    // The async context that binds a transaction to its work is switched off whenever no
    // transaction is open (database.ts); these check it comes back whole for the next ones.
    it('keeps each transaction on its own connection across awaits, after others have finished', async () => {
      const db = t.get(Database);
      await db.dataSource.query('DROP TABLE IF EXISTS tx_probe');
      await db.dataSource.query('CREATE TABLE tx_probe (n INT)');
      try {
        await db.transaction(async () => undefined);
        expect(db.inTransaction).toBe(false);
        const failing = db.transaction(async () => {
          await new Promise((resolve) => setTimeout(resolve, 30));
          await db.manager.query('INSERT INTO tx_probe (n) VALUES (1)');
          await new Promise((resolve) => setImmediate(resolve));
          expect(db.inTransaction).toBe(true);
          throw new Error('roll back');
        });
        // On MariaDB this one commits while the first is still open; SQLite runs them one after the other.
        const committed = db.transaction(async () => {
          await db.manager.query('INSERT INTO tx_probe (n) VALUES (2)');
          return db.inTransaction;
        });
        await expect(failing).rejects.toThrow('roll back');
        expect(await committed).toBe(true);
        expect(db.inTransaction).toBe(false);
        const rows: { n: number }[] = await db.dataSource.query('SELECT n FROM tx_probe ORDER BY n');
        expect(rows.map((row) => Number(row.n))).toEqual([2]);
      } finally {
        await db.dataSource.query('DROP TABLE tx_probe');
      }
    });
  });

  describe('database refusals', () => {
    // Services check the usual cases with a clear code; a write the database still refuses for a
    // foreign key is a conflict (409), never a server error, on either dialect.
    it('answers a write that a foreign key refuses (ON DELETE RESTRICT, or a missing parent) as 409 RECORD_IN_USE', async () => {
      const db = t.get(Database);
      await db.dataSource.query('DROP TABLE IF EXISTS fk_probe_child');
      await db.dataSource.query('DROP TABLE IF EXISTS fk_probe_parent');
      await db.dataSource.query('CREATE TABLE fk_probe_parent (id INT PRIMARY KEY)');
      await db.dataSource.query(
        'CREATE TABLE fk_probe_child (id INT PRIMARY KEY, parent_id INT, CONSTRAINT fk_probe_parent FOREIGN KEY (parent_id) REFERENCES fk_probe_parent (id) ON DELETE RESTRICT)',
      );
      try {
        await db.dataSource.query('INSERT INTO fk_probe_parent (id) VALUES (1)');
        await db.dataSource.query('INSERT INTO fk_probe_child (id, parent_id) VALUES (1, 1)');
        // SQLite reports the RESTRICT refusal as a constraint of a trigger it made: once a 500, found by the fuzz test.
        for (const write of ['DELETE FROM fk_probe_parent WHERE id = 1', 'INSERT INTO fk_probe_child (id, parent_id) VALUES (2, 99)']) {
          const refusal = await db
            .transaction(() => db.manager.query(write))
            .then(
              () => undefined,
              (error: unknown) => error,
            );
          expect({ write, ...toErrorResponse(refusal) }).toMatchObject({
            write,
            status: 409,
            body: { '@type': 'Error', code: 'RECORD_IN_USE', status: '409' },
            internal: false,
          });
        }
      } finally {
        await db.dataSource.query('DROP TABLE fk_probe_child');
        await db.dataSource.query('DROP TABLE fk_probe_parent');
      }
    });
  });

  describe('schema', () => {
    it('has entities and migrations that agree on this dialect (no pending schema change)', async () => {
      const sql = await t.db.dataSource.driver.createSchemaBuilder().log();
      expect(sql.upQueries.map((q) => q.query)).toEqual([]);
    });

    it('stores text as UTF-8 that holds 4-byte characters (utf8mb4 on MariaDB)', async () => {
      const user = await newUser(t, { displayName: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🧪' });
      const rows = await t.db.dataSource.query('SELECT display_name AS name FROM user WHERE id = ?', [user.id]);
      expect(rows[0].name).toBe('𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🧪');
    });
  });
});

describe('GET /health', () => {
  let t: TestApp;
  let closed = false;
  beforeAll(async () => {
    t = await createIdentityTestApp();
  });
  afterAll(async () => {
    if (!closed) await t.app.close();
    await t.database.drop();
  });

  it('answers 200 {status: ok} without credentials while the database answers', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', checks: { database: 'up' } });
  });

  it('answers 503 {status: error} once the database is gone, and the server still answers', async () => {
    await t.db.dataSource.destroy();
    const res = await t.http.get('/health').expect(503);
    expect(res.body).toEqual({ status: 'error', checks: { database: 'down' } });
    const api = await t.http.get('/api/v1/roles').set('Authorization', basic('Admin', 'admin'));
    expect(api.status).toBeGreaterThanOrEqual(500);
    expect(api.body['@type']).toBe('Error');
    await t.app.close();
    closed = true;
  });
});
