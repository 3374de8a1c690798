import { ADMIN_AUTH, basic, type TestApp } from '@contactly/platform/testing';
import { createIdentityTestApp, newUser } from './identity-test-app.js';

const validUser = (username: string) => ({
  username,
  displayName: 'Valid User',
  email: `${username}@example.com`,
  password: 'Correct-Horse-42',
  roles: ['agent'],
});

describe('/api/v1/users', () => {
  let t: TestApp;
  const userCount = async () =>
    Number((await t.http.get('/api/v1/users?limit=0').set('Authorization', ADMIN_AUTH)).headers['x-total-count']);

  beforeAll(async () => {
    t = await createIdentityTestApp({ env: { BODY_LIMIT: '16kb' } });
    for (const [i, name] of ['alice', 'bob', 'carol', 'dave', 'eve'].entries()) {
      await newUser(t, { username: `list.${name}`, displayName: `List ${name}`, roles: i % 2 ? ['marketer'] : ['agent'] });
    }
  });
  afterAll(() => t.close());

  describe('create, read, update, delete', () => {
    it('creates a user: 201, Location, ETag, no password in the response', async () => {
      const res = await t.http.post('/api/v1/users').set('Authorization', ADMIN_AUTH).send(validUser('new.person')).expect(201);
      expect(res.headers.location).toMatch(new RegExp(`/api/v1/users/${res.body.id}$`));
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toMatchObject({ username: 'new.person', roles: ['agent'], kind: 'staff', active: true, version: 1 });
      expect(JSON.stringify(res.body)).not.toMatch(/password"|Correct-Horse|argon2/);
      const read = await t.http.get(new URL(res.headers.location).pathname).set('Authorization', ADMIN_AUTH).expect(200);
      expect(read.body).toEqual(res.body);
    });

    it('refuses a username that exists, whatever its case (409), and creates nothing', async () => {
      const before = await userCount();
      const res = await t.http.post('/api/v1/users').set('Authorization', ADMIN_AUTH).send(validUser('LIST.ALICE')).expect(409);
      expect(res.body).toMatchObject({ '@type': 'Error', code: 'USERNAME_TAKEN', status: '409' });
      expect(await userCount()).toBe(before);
    });

    it('refuses an unknown role with 422 naming it', async () => {
      const res = await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .send({ ...validUser('role.less'), roles: ['astronaut'] })
        .expect(422);
      expect(res.body.code).toBe('ROLE_NOT_FOUND');
      expect(res.body.details).toEqual([{ field: 'roles', message: 'astronaut does not exist' }]);
    });

    it.each([
      ['too short', 'short'],
      ['the username', 'xx-weak.user-xx'],
      ['common', 'password123'],
    ])('refuses a password that is %s (400 WEAK_PASSWORD)', async (_why, password) => {
      const res = await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .send({ ...validUser('weak.user'), password })
        .expect(400);
      expect(res.body.code).toBe('WEAK_PASSWORD');
    });

    it('updates with PATCH (application/json and application/merge-patch+json) and bumps the version', async () => {
      const user = await newUser(t);
      const first = await t.http
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ displayName: 'Renamed Once' })
        .expect(200);
      expect(first.body).toMatchObject({ displayName: 'Renamed Once', version: 2 });
      expect(first.headers.etag).toBe('"2"');
      const second = await t.http
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('Content-Type', 'application/merge-patch+json')
        .send(JSON.stringify({ email: null, roles: ['agent', 'marketer'] }))
        .expect(200);
      expect(second.body).toMatchObject({ displayName: 'Renamed Once', email: null, roles: ['agent', 'marketer'], version: 3 });
    });

    it('keeps the version when a PATCH changes nothing, and refuses null for a required attribute', async () => {
      const user = await newUser(t, { displayName: 'Steady Name' });
      const same = await t.http
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ displayName: 'Steady Name', roles: user.roles })
        .expect(200);
      expect(same.body.version).toBe(user.version);
      const cleared = await t.http
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ displayName: null })
        .expect(400);
      expect(cleared.body.details.length).toBeGreaterThan(0);
      expect(cleared.body.details.every((d: { field: string }) => d.field === 'displayName')).toBe(true);
      const rolesOnly = await t.http
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ roles: ['marketer'] })
        .expect(200);
      expect(rolesOnly.body).toMatchObject({ roles: ['marketer'], version: user.version + 1 });
    });

    it('deletes a user (204, then 404)', async () => {
      const user = await newUser(t);
      await t.http.delete(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.get(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH).expect(404);
      await t.http.delete(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH).expect(404);
    });

    it('lets a user read themselves and change their own password; an admin resets one', async () => {
      const user = await newUser(t);
      const me = await t.http.get('/api/v1/users/me').set('Authorization', user.auth).expect(200);
      expect(me.body.username).toBe(user.username);
      const wrong = await t.http
        .put('/api/v1/users/me/password')
        .set('Authorization', user.auth)
        .send({ currentPassword: 'not-my-password', newPassword: 'Another-Secret-77' })
        .expect(400);
      expect(wrong.body.code).toBe('WRONG_CURRENT_PASSWORD');
      await t.http
        .put(`/api/v1/users/${user.id}/password`)
        .set('Authorization', ADMIN_AUTH)
        .send({ newPassword: 'Reset-By-Admin-55' })
        .expect(204);
      await t.http.post('/api/v1/auth').set('Authorization', user.auth).expect(401);
      await t.http.post('/api/v1/auth').set('Authorization', basic(user.username, 'Reset-By-Admin-55')).expect(200);
    });

    it('forbids users:write to an agent (403) and changes nothing', async () => {
      const agent = await newUser(t, { roles: ['agent'] });
      const res = await t.http.post('/api/v1/users').set('Authorization', agent.auth).send(validUser('by.agent')).expect(403);
      expect(res.body).toMatchObject({ code: 'PERMISSION_DENIED', status: '403' });
      await t.http.get('/api/v1/users?username=by.agent').set('Authorization', ADMIN_AUTH).expect('x-total-count', '0');
    });
  });

  describe('concurrency of creates', () => {
    it('creates many users at once without a server error', async () => {
      const results = await Promise.all(
        Array.from({ length: 16 }, (_, i) =>
          t.http
            .post('/api/v1/users')
            .set('Authorization', ADMIN_AUTH)
            .send(validUser(`burst.${i}`)),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array(16).fill(201));
      await t.http.get('/api/v1/users?q=burst.&limit=0').set('Authorization', ADMIN_AUTH).expect('x-total-count', '16');
    });
  });

  describe('the last admin', () => {
    it('cannot be deleted, demoted or deactivated (409)', async () => {
      const admin = (await t.http.get('/api/v1/users?role=admin').set('Authorization', ADMIN_AUTH)).body[0];
      const other = await newUser(t, { roles: ['admin'] });
      await t.http.delete(`/api/v1/users/${other.id}`).set('Authorization', ADMIN_AUTH).expect(204);
      expect((await t.http.delete(`/api/v1/users/${admin.id}`).set('Authorization', basic('Admin', 'admin'))).body.code).toBe(
        'CANNOT_DELETE_SELF',
      );
      const demote = await t.http
        .patch(`/api/v1/users/${admin.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ roles: ['agent'] })
        .expect(409);
      expect(demote.body.code).toBe('LAST_ADMIN');
      const deactivate = await t.http
        .patch(`/api/v1/users/${admin.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ active: false })
        .expect(409);
      expect(deactivate.body.code).toBe('LAST_ADMIN');
      const still = await t.http.get(`/api/v1/users/${admin.id}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(still.body).toMatchObject({ roles: ['admin'], active: true, version: admin.version });
    });

    it('can be deleted once another admin exists (by that admin)', async () => {
      const second = await newUser(t, { roles: ['admin'] });
      const victim = await newUser(t, { roles: ['admin'] });
      await t.http.delete(`/api/v1/users/${victim.id}`).set('Authorization', second.auth).expect(204);
    });
  });

  describe('optimistic concurrency', () => {
    it('refuses a stale If-Match with 412 and changes nothing', async () => {
      const user = await newUser(t);
      const read = await t.http.get(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH).expect(200);
      await t.http
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', read.headers.etag)
        .send({ displayName: 'First Writer' })
        .expect(200);
      const stale = await t.http
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', read.headers.etag)
        .send({ displayName: 'Second Writer' })
        .expect(412);
      expect(stale.body).toMatchObject({ '@type': 'Error', code: 'PRECONDITION_FAILED', status: '412' });
      const now = await t.http.get(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH);
      expect(now.body.displayName).toBe('First Writer');
    });

    it('treats an If-Match that names no version as stale (412)', async () => {
      const user = await newUser(t);
      await t.http
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', 'garbage')
        .send({ displayName: 'X Y' })
        .expect(412);
    });

    it('loses no update when two PATCHes race without If-Match', async () => {
      const user = await newUser(t);
      await Promise.all([
        t.http.patch(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH).send({ displayName: 'Racer Name' }),
        t.http.patch(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH).send({ email: 'racer@example.com' }),
      ]).then((results) => results.forEach((r) => expect(r.status).toBe(200)));
      const now = await t.http.get(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH);
      expect(now.body).toMatchObject({ displayName: 'Racer Name', email: 'racer@example.com', version: 3 });
    });
  });

  describe('Idempotency-Key', () => {
    it('replays the first response for the same key and body, creating one user', async () => {
      const body = validUser('idem.once');
      const first = await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .set('Idempotency-Key', 'create-idem-once')
        .send(body)
        .expect(201);
      const again = await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .set('Idempotency-Key', 'create-idem-once')
        .send(body)
        .expect(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers.location).toBe(first.headers.location);
      await t.http.get('/api/v1/users?username=idem.once').set('Authorization', ADMIN_AUTH).expect('x-total-count', '1');
    });

    it('refuses the same key with another body (422) and creates nothing', async () => {
      await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .set('Idempotency-Key', 'key-two')
        .send(validUser('idem.two'))
        .expect(201);
      const res = await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .set('Idempotency-Key', 'key-two')
        .send(validUser('idem.three'))
        .expect(422);
      expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      await t.http.get('/api/v1/users?username=idem.three').set('Authorization', ADMIN_AUTH).expect('x-total-count', '0');
    });

    it('lets a failed first request be retried with the same key', async () => {
      await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .set('Idempotency-Key', 'key-retry')
        .send({ ...validUser('idem.retry'), roles: ['nope'] })
        .expect(422);
      await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .set('Idempotency-Key', 'key-retry-2')
        .send(validUser('idem.retry'))
        .expect(201);
    });
  });

  describe('list conventions', () => {
    it('pages with offset and limit and reports X-Total-Count and X-Result-Count', async () => {
      const res = await t.http
        .get('/api/v1/users?username.gte=list.&username.lt=list.~&sort=username&offset=1&limit=2')
        .set('Authorization', ADMIN_AUTH);
      expect(res.status).toBe(400); // username is text: range operators are for numbers and dates
      const page = await t.http.get('/api/v1/users?q=list.&sort=username&offset=1&limit=2').set('Authorization', ADMIN_AUTH).expect(200);
      expect(page.headers['x-total-count']).toBe('5');
      expect(page.headers['x-result-count']).toBe('2');
      expect(page.body.map((u: { username: string }) => u.username)).toEqual(['list.bob', 'list.carol']);
    });

    it('sorts descending with a leading minus', async () => {
      const res = await t.http.get('/api/v1/users?q=list.&sort=-username').set('Authorization', ADMIN_AUTH).expect(200);
      expect(res.body.map((u: { username: string }) => u.username)).toEqual([
        'list.eve',
        'list.dave',
        'list.carol',
        'list.bob',
        'list.alice',
      ]);
    });

    it('filters by attributes, combined with AND, and by role', async () => {
      const marketers = await t.http.get('/api/v1/users?q=list.&role=marketer&active=true').set('Authorization', ADMIN_AUTH).expect(200);
      expect(marketers.body.map((u: { username: string }) => u.username).sort()).toEqual(['list.bob', 'list.dave']);
      const exact = await t.http.get('/api/v1/users?username=list.carol&kind=staff').set('Authorization', ADMIN_AUTH).expect(200);
      expect(exact.body).toHaveLength(1);
    });

    it('compares numbers and dates with .gt/.gte/.lt/.lte', async () => {
      const all = (await t.http.get('/api/v1/users?q=list.&sort=id').set('Authorization', ADMIN_AUTH)).body as {
        id: number;
        createdAt: string;
      }[];
      const byId = await t.http
        .get(`/api/v1/users?q=list.&id.gt=${all[1].id}&id.lte=${all[3].id}&sort=id`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(byId.body.map((u: { id: number }) => u.id)).toEqual([all[2].id, all[3].id]);
      const byDate = await t.http
        .get(`/api/v1/users?q=list.&createdAt.gte=${encodeURIComponent(all[4].createdAt)}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(byDate.body.map((u: { id: number }) => u.id)).toContain(all[4].id);
      expect(byDate.body.every((u: { createdAt: string }) => u.createdAt >= all[4].createdAt)).toBe(true);
      const before = await t.http
        .get(`/api/v1/users?q=list.&createdAt.lt=${encodeURIComponent(all[0].createdAt)}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(before.body).toEqual([]);
    });

    it('returns only the requested fields, always with the id', async () => {
      const res = await t.http.get('/api/v1/users?q=list.&fields=username,roles&limit=1').set('Authorization', ADMIN_AUTH).expect(200);
      expect(Object.keys(res.body[0]).sort()).toEqual(['id', 'roles', 'username']);
    });

    it('caps limit at 1000 instead of failing', async () => {
      const res = await t.http.get('/api/v1/users?limit=100000').set('Authorization', ADMIN_AUTH).expect(200);
      expect(Number(res.headers['x-result-count'])).toBeLessThanOrEqual(1000);
    });

    it.each([
      ['a negative offset', 'offset=-1', 'offset'],
      ['a non-numeric limit', 'limit=ten', 'limit'],
      ['an unknown sort field', 'sort=passwordHash', 'sort'],
      ['an unknown filter', 'passwordHash=x', 'passwordHash'],
      ['an operator on text', 'username.gt=a', 'username.gt'],
      ['a bad date', 'createdAt.gt=yesterday', 'createdAt.gt'],
      ['a bad enum', 'kind=robot', 'kind'],
      ['a bad boolean', 'active=maybe', 'active'],
      ['an unknown fields entry', 'fields=username,passwordHash', 'fields'],
      ['a repeated filter', 'username=a&username=b', 'username'],
    ])('refuses %s with 400 naming the parameter', async (_case, query, field) => {
      const res = await t.http.get(`/api/v1/users?${query}`).set('Authorization', ADMIN_AUTH).expect(400);
      expect(res.body).toMatchObject({ '@type': 'Error', code: 'INVALID_LIST_QUERY', status: '400' });
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it.each(["' OR '1'='1", '%', '_', 'list.%', "x'; DROP TABLE user; --", '\\', '"quoted"'])(
      'treats %p in filters and search as plain text',
      async (text) => {
        const exact = await t.http.get('/api/v1/users').query({ username: text }).set('Authorization', ADMIN_AUTH).expect(200);
        expect(exact.body).toEqual([]);
        const search = await t.http.get('/api/v1/users').query({ q: text }).set('Authorization', ADMIN_AUTH).expect(200);
        expect(search.body).toEqual([]);
        expect(await userCount()).toBeGreaterThan(5);
      },
    );

    it('finds a user whose name really contains % and _', async () => {
      await newUser(t, { username: 'odd_name%1' });
      const res = await t.http.get('/api/v1/users').query({ q: 'odd_name%' }).set('Authorization', ADMIN_AUTH).expect(200);
      expect(res.body.map((u: { username: string }) => u.username)).toEqual(['odd_name%1']);
    });
  });

  describe('bad input', () => {
    it.each(['abc', '0', '-1', '1.5', '99999999999999', '1e3', '%27'])('answers 404 for the id %p', async (id) => {
      const res = await t.http.get(`/api/v1/users/${id}`).set('Authorization', ADMIN_AUTH).expect(404);
      expect(res.body).toMatchObject({ '@type': 'Error', code: 'USER_NOT_FOUND', status: '404' });
    });

    it('answers 404 for an unknown numeric id', async () => {
      await t.http.get('/api/v1/users/987654').set('Authorization', ADMIN_AUTH).expect(404);
      await t.http.patch('/api/v1/users/987654').set('Authorization', ADMIN_AUTH).send({ displayName: 'Nobody Here' }).expect(404);
    });

    it('refuses malformed JSON with 400', async () => {
      const before = await userCount();
      const res = await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .set('Content-Type', 'application/json')
        .send('{"username": "broken",')
        .expect(400);
      expect(res.body).toMatchObject({ '@type': 'Error', code: 'MALFORMED_JSON', status: '400' });
      expect(await userCount()).toBe(before);
    });

    it('refuses wrong types with 400 naming each field', async () => {
      const res = await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .send({ username: 42, displayName: ['x'], password: true, roles: 'agent' })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const fields = res.body.details.map((d: { field: string }) => d.field);
      expect(fields).toEqual(expect.arrayContaining(['username', 'displayName', 'password', 'roles']));
    });

    it('refuses unknown fields with 400', async () => {
      const res = await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .send({ ...validUser('unknown.field'), isRoot: true })
        .expect(400);
      expect(res.body.details).toEqual([{ field: 'isRoot', message: 'is not a known attribute' }]);
      await t.http.get('/api/v1/users?username=unknown.field').set('Authorization', ADMIN_AUTH).expect('x-total-count', '0');
    });

    it('refuses PATCH of username, kind or version (not patchable)', async () => {
      const user = await newUser(t);
      const res = await t.http
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ username: 'hijack', kind: 'customer' })
        .expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['kind', 'username']);
    });

    it('refuses a body over the limit with 413 and creates nothing', async () => {
      const res = await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .send({ ...validUser('too.big'), displayName: 'x'.repeat(20 * 1024) })
        .expect(413);
      expect(res.body).toMatchObject({ '@type': 'Error', code: 'PAYLOAD_TOO_LARGE', status: '413' });
      await t.http.get('/api/v1/users?username=too.big').set('Authorization', ADMIN_AUTH).expect('x-total-count', '0');
    });

    it('refuses names over the length limit and control characters', async () => {
      await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .send({ ...validUser('long.name'), displayName: 'x'.repeat(201) })
        .expect(400);
      await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .send({ ...validUser('ctl.name'), displayName: 'bad\u0000name' })
        .expect(400);
      await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .send({ ...validUser('has space') })
        .expect(400);
    });

    it('keeps Cyrillic and emoji exactly', async () => {
      const res = await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .send({ ...validUser('юлия.петрова'), displayName: 'Юлия Петрова 🌸' })
        .expect(201);
      const read = await t.http.get(`/api/v1/users/${res.body.id}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(read.body).toMatchObject({ username: 'юлия.петрова', displayName: 'Юлия Петрова 🌸' });
      await t.http.post('/api/v1/auth').set('Authorization', basic('юлия.петрова', 'Correct-Horse-42')).expect(200);
    });

    it('tells apart names that differ only by an emoji or by case (on MariaDB too)', async () => {
      await newUser(t, { displayName: 'Анна 🚀' });
      await newUser(t, { displayName: 'Анна 📞' });
      await newUser(t, { displayName: 'анна 🚀' });
      const res = await t.http.get('/api/v1/users').query({ displayName: 'Анна 🚀' }).set('Authorization', ADMIN_AUTH).expect(200);
      expect(res.body.map((u: { displayName: string }) => u.displayName)).toEqual(['Анна 🚀']);
    });
  });
});
