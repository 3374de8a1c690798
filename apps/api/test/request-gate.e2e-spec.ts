import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createApiTestApp } from './api-test-app.js';
import { errorShape, portOf, rawRequest, tableCounts, WRITTEN_TABLES } from './raw-http.js';

const USERS = '/api/v1/users';
const INDIVIDUALS = '/tmf-api/party/v4/individual';
const CLIENTS = '/api/v1/clients';

let sequence = 0;
const unique = (prefix: string) => `${prefix}.${Date.now().toString(36)}${(sequence += 1)}`;
const newUser = (username: string) => ({ username, displayName: 'Gate Test', password: 'Gate-Pass-2026!', roles: ['agent'] });

describe('the request gate', () => {
  let t: TestApp;
  const usersNamed = async (app: TestApp, username: string) =>
    Number((await app.http.get(USERS).query({ username, limit: 0 }).set('Authorization', ADMIN_AUTH).expect(200)).headers['x-total-count']);
  const individualsNamed = async (familyName: string) =>
    Number(
      (await t.http.get(INDIVIDUALS).query({ familyName, limit: 0 }).set('Authorization', ADMIN_AUTH).expect(200)).headers['x-total-count'],
    );
  const newIndividual = async () =>
    (
      await t.http
        .post(INDIVIDUALS)
        .set('Authorization', ADMIN_AUTH)
        .send({ givenName: 'Gate', familyName: unique('Individual') })
        .expect(201)
    ).body as { id: string; familyName: string };
  const newClient = async () =>
    (
      await t.http
        .post(`${CLIENTS}/add`)
        .set('Authorization', ADMIN_AUTH)
        .send({ firstName: 'Gate', lastName: unique('Client') })
        .expect(201)
    ).body as { clientId: number; lastName: string };
  const read = async (path: string) =>
    (await t.http.get(path).set('Authorization', ADMIN_AUTH).expect(200)).body as Record<string, unknown>;

  beforeAll(async () => {
    t = await createApiTestApp();
  });
  afterAll(() => t.close());

  describe('media types', () => {
    it('refuses a form-encoded write (415) with valid credentials, and creates nothing', async () => {
      const username = unique('form');
      const before = await tableCounts(t, WRITTEN_TABLES);
      const res = await t.http
        .post(USERS)
        .set('Authorization', ADMIN_AUTH)
        .type('form')
        .send(`username=${username}&displayName=Form&password=Form-Pass-2026!&roles=admin&roles=agent`)
        .expect(415);
      expect(res.body).toMatchObject(errorShape(415, 'UNSUPPORTED_MEDIA_TYPE'));
      expect(await usersNamed(t, username)).toBe(0);
      expect(await tableCounts(t, WRITTEN_TABLES)).toEqual(before);
    });

    it.each([
      ['text/plain', 'text/plain'],
      ['JSON declared as UTF-16', 'application/json; charset=utf-16'],
      ['JSON declared as Latin-1', 'application/json; charset="iso-8859-1"'],
    ])('refuses %s (415) and creates nothing', async (_what, contentType) => {
      const username = unique('typed');
      const res = await t.http
        .post(USERS)
        .set('Authorization', ADMIN_AUTH)
        .set('Content-Type', contentType)
        .send(JSON.stringify(newUser(username)))
        .expect(415);
      expect(res.body).toMatchObject(errorShape(415, 'UNSUPPORTED_MEDIA_TYPE'));
      expect(await usersNamed(t, username)).toBe(0);
    });

    it('refuses multipart on a JSON route (415)', async () => {
      const username = unique('multipart');
      const res = await t.http
        .post(USERS)
        .set('Authorization', ADMIN_AUTH)
        .field('username', username)
        .field('displayName', 'Multi')
        .field('password', 'Multi-Pass-2026!')
        .field('roles', 'agent')
        .expect(415);
      expect(res.body).toMatchObject(errorShape(415, 'UNSUPPORTED_MEDIA_TYPE'));
      expect(await usersNamed(t, username)).toBe(0);
    });

    it('takes merge-patch on a PATCH route but not on a POST route', async () => {
      const party = await newIndividual();
      const patched = await t.http
        .patch(`${INDIVIDUALS}/${party.id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('Content-Type', 'application/merge-patch+json')
        .send(JSON.stringify({ title: 'Dr' }))
        .expect(200);
      expect(patched.body.title).toBe('Dr');
      const familyName = unique('MergePost');
      const res = await t.http
        .post(INDIVIDUALS)
        .set('Authorization', ADMIN_AUTH)
        .set('Content-Type', 'application/merge-patch+json')
        .send(JSON.stringify({ givenName: 'Merge', familyName }))
        .expect(415);
      expect(res.body).toMatchObject(errorShape(415, 'UNSUPPORTED_MEDIA_TYPE'));
      expect(await individualsNamed(familyName)).toBe(0);
    });

    it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON; Charset=UTF-8'])(
      'still takes %s',
      async (contentType) => {
        const username = unique('json');
        await t.http
          .post(USERS)
          .set('Authorization', ADMIN_AUTH)
          .set('Content-Type', contentType)
          .send(JSON.stringify(newUser(username)))
          .expect(201);
        expect(await usersNamed(t, username)).toBe(1);
      },
    );

    // Each target: the path to write to, and the record a refused write must leave as it was.
    const targets: Record<string, () => Promise<{ path: string; record?: string }>> = {
      'POST users': async () => ({ path: USERS }),
      'POST individual': async () => ({ path: INDIVIDUALS }),
      'PATCH individual': async () => {
        const { id } = await newIndividual();
        return { path: `${INDIVIDUALS}/${id}`, record: `${INDIVIDUALS}/${id}` };
      },
      'PUT clients/edit': async () => {
        const { clientId } = await newClient();
        return { path: `${CLIENTS}/edit/${clientId}`, record: `${CLIENTS}/${clientId}` };
      },
    };

    it.each(Object.keys(targets))('answers 10 concurrent form posts to %s with 415 and changes nothing', async (name) => {
      const { path, record } = await targets[name]();
      const method = name.split(' ')[0].toLowerCase() as 'post' | 'patch' | 'put';
      const snapshot = async () => ({ counts: await tableCounts(t, WRITTEN_TABLES), record: record && (await read(record)) });
      const before = await snapshot();
      const form = `username=${unique('burst')}&displayName=Burst&password=Burst-Pass-2026!&roles=admin&givenName=Burst&familyName=Burst&firstName=Burst&title=Sir`;
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => t.http[method](path).set('Authorization', ADMIN_AUTH).type('form').send(form)),
      );
      expect(answers.map((a) => [a.status, a.body.code])).toEqual(Array(10).fill([415, 'UNSUPPORTED_MEDIA_TYPE']));
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('the origin of writes', () => {
    const write = (app: TestApp, origin?: string) => {
      const username = unique('origin');
      const req = app.http.post(USERS).set('Authorization', ADMIN_AUTH);
      if (origin !== undefined) req.set('Origin', origin);
      return { username, res: req.send(newUser(username)) };
    };

    it.each(['https://evil.example', 'null', 'http://127.0.0.1.evil.example', 'http://localhost:1'])(
      'refuses a write from a page of %s (403) and creates nothing',
      async (origin) => {
        const { username, res } = write(t, origin);
        expect((await res.expect(403)).body).toMatchObject(errorShape(403, 'CROSS_ORIGIN_WRITE_REFUSED'));
        expect(await usersNamed(t, username)).toBe(0);
      },
    );

    it('takes a write from its own origin, and one without an Origin', async () => {
      const own = write(t, `http://127.0.0.1:${portOf(t)}`);
      await own.res.expect(201);
      const none = write(t);
      await none.res.expect(201);
      expect([await usersNamed(t, own.username), await usersNamed(t, none.username)]).toEqual([1, 1]);
    });

    it('answers reads from any origin', async () => {
      await t.http.get(USERS).set('Authorization', ADMIN_AUTH).set('Origin', 'https://evil.example').expect(200);
    });

    it('takes writes from the origins CORS_ORIGINS names, and only those', async () => {
      const crm = await createApiTestApp({ env: { CORS_ORIGINS: 'https://crm.example.com' } });
      try {
        const allowed = write(crm, 'https://crm.example.com');
        await allowed.res.expect(201);
        for (const origin of ['https://other.example.com', 'http://crm.example.com', 'https://crm.example.com.evil.example']) {
          const refused = write(crm, origin);
          expect((await refused.res.expect(403)).body.code).toBe('CROSS_ORIGIN_WRITE_REFUSED');
          expect(await usersNamed(crm, refused.username)).toBe(0);
        }
        expect(await usersNamed(crm, allowed.username)).toBe(1);
      } finally {
        await crm.close();
      }
    });
  });

  describe('headers that must be single', () => {
    it('refuses two Authorization headers (400) even when the first one is valid', async () => {
      const username = unique('dup');
      const body = JSON.stringify(newUser(username));
      const write = await rawRequest(
        t,
        'POST',
        USERS,
        [
          ['Authorization', ADMIN_AUTH],
          ['Authorization', 'Basic bm9ib2R5Om5vdGhpbmc='],
          ['Content-Type', 'application/json'],
        ],
        body,
      );
      expect(write.status).toBe(400);
      expect(write.body).toMatchObject(errorShape(400, 'DUPLICATE_HEADER'));
      expect(await usersNamed(t, username)).toBe(0);
      const readTwice = await rawRequest(t, 'GET', USERS, [
        ['Authorization', ADMIN_AUTH],
        ['Authorization', ADMIN_AUTH],
      ]);
      expect([readTwice.status, readTwice.body.code]).toEqual([400, 'DUPLICATE_HEADER']);
    });

    it('refuses two Content-Type headers (400) and creates nothing', async () => {
      const username = unique('dupct');
      const res = await rawRequest(
        t,
        'POST',
        USERS,
        [
          ['Authorization', ADMIN_AUTH],
          ['Content-Type', 'application/json'],
          ['content-type', 'text/plain'],
        ],
        JSON.stringify(newUser(username)),
      );
      expect([res.status, res.body.code]).toEqual([400, 'DUPLICATE_HEADER']);
      expect(await usersNamed(t, username)).toBe(0);
      // The same request with one of each is fine: the refusal is about the repeat.
      const once = await rawRequest(
        t,
        'POST',
        USERS,
        [
          ['Authorization', ADMIN_AUTH],
          ['Content-Type', 'application/json'],
        ],
        JSON.stringify(newUser(username)),
      );
      expect(once.status).toBe(201);
    });
  });
});
