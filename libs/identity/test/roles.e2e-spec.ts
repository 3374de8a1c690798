import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createIdentityTestApp, newUser } from './identity-test-app.js';

interface RoleBody {
  id: number;
  name: string;
  description: string;
  builtin: boolean;
  permissions: string[];
  userCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const BUILTIN_NAMES = ['admin', 'affiliate', 'agent', 'customer', 'marketer', 'support-engineer'];

describe('roles: /api/v1/roles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdentityTestApp();
  });
  afterAll(() => t.close());

  let sequence = 0;
  /** A unique, valid role name for one test. */
  const roleName = (stem: string) => `${stem}-${(sequence += 1)}`;

  const getRole = async (idOrName: string | number) =>
    (await t.http.get(`/api/v1/roles/${idOrName}`).set('Authorization', ADMIN_AUTH).expect(200)).body as RoleBody;

  const createRole = async (input: { name?: string; description?: string; permissions?: string[] } = {}) => {
    const res = await t.http
      .post('/api/v1/roles')
      .set('Authorization', ADMIN_AUTH)
      .send({
        name: input.name ?? roleName('custom'),
        description: input.description,
        permissions: input.permissions ?? ['customers:read'],
      })
      .expect(201);
    return res.body as RoleBody;
  };

  const allPermissionNames = async () =>
    ((await t.http.get('/api/v1/permissions').set('Authorization', ADMIN_AUTH).expect(200)).body as { name: string }[])
      .map((p) => p.name)
      .sort();

  describe('listing', () => {
    it('lists the six built-in roles, sorted by name, with the count headers', async () => {
      const res = await t.http.get('/api/v1/roles?builtin=true').set('Authorization', ADMIN_AUTH).expect(200);
      expect(res.headers['x-total-count']).toBe('6');
      expect(res.headers['x-result-count']).toBe('6');
      expect(res.body.map((r: RoleBody) => r.name)).toEqual(BUILTIN_NAMES);
      for (const role of res.body as RoleBody[]) {
        expect(role).toMatchObject({ builtin: true, version: expect.any(Number), userCount: expect.any(Number) });
        expect(role.permissions.length).toBeGreaterThan(0);
      }
      expect((res.body as RoleBody[]).find((r) => r.name === 'admin')?.userCount).toBe(1);
    });

    it('sorts descending, pages, and selects fields', async () => {
      const page = await t.http
        .get('/api/v1/roles?builtin=true&sort=-name&offset=1&limit=2&fields=name')
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(page.headers['x-total-count']).toBe('6');
      expect(page.headers['x-result-count']).toBe('2');
      expect(page.body).toEqual([
        { id: expect.any(Number), name: 'marketer' },
        { id: expect.any(Number), name: 'customer' },
      ]);
    });

    it('filters by name exactly', async () => {
      const res = await t.http.get('/api/v1/roles?name=agent').set('Authorization', ADMIN_AUTH).expect(200);
      expect(res.body.map((r: RoleBody) => r.name)).toEqual(['agent']);
      expect(res.headers['x-total-count']).toBe('1');
    });

    it.each([
      ['an unknown sort field', 'sort=permissions', 'sort'],
      ['an unknown filter', 'description=x', 'description'],
      ['a bad boolean', 'builtin=yes', 'builtin'],
      ['an operator on text', 'name.gt=a', 'name.gt'],
      ['a sort field inherited from Object', 'sort=constructor', 'sort'],
      ['a filter inherited from Object', 'toString=x', 'toString'],
    ])('refuses %s with 400 naming it', async (_case, query, field) => {
      const res = await t.http.get(`/api/v1/roles?${query}`).set('Authorization', ADMIN_AUTH).expect(400);
      expect(res.body).toMatchObject({ '@type': 'Error', code: 'INVALID_LIST_QUERY', status: '400' });
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });
  });

  describe('reading one', () => {
    it('gets a role by id and by name, with the same body and an ETag', async () => {
      const byName = await t.http.get('/api/v1/roles/agent').set('Authorization', ADMIN_AUTH).expect(200);
      expect(byName.body).toMatchObject({ name: 'agent', builtin: true, permissions: expect.arrayContaining(['customers:read']) });
      expect(byName.headers.etag).toBe(`"${byName.body.version}"`);
      const byId = await t.http.get(`/api/v1/roles/${byName.body.id}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(byId.body).toEqual(byName.body);
      expect(byId.headers.etag).toBe(byName.headers.etag);
    });

    it.each(['987654', 'no-such-role', 'abc', '1.5', '-1', '0', '99999999999999', 'Agent%20X'])(
      'answers 404 ROLE_NOT_FOUND for %p',
      async (idOrName) => {
        const res = await t.http.get(`/api/v1/roles/${idOrName}`).set('Authorization', ADMIN_AUTH).expect(404);
        expect(res.body).toMatchObject({ '@type': 'Error', code: 'ROLE_NOT_FOUND', status: '404' });
      },
    );

    it('answers 404 for writes to an unknown role', async () => {
      await t.http.patch('/api/v1/roles/no-such-role').set('Authorization', ADMIN_AUTH).send({ description: 'x' }).expect(404);
      await t.http
        .post('/api/v1/roles/no-such-role/permissions')
        .set('Authorization', ADMIN_AUTH)
        .send({ permissions: ['users:read'] })
        .expect(404);
      await t.http.delete('/api/v1/roles/987654/permissions/users:read').set('Authorization', ADMIN_AUTH).expect(404);
      await t.http.delete('/api/v1/roles/no-such-role').set('Authorization', ADMIN_AUTH).expect(404);
      await t.http.get('/api/v1/roles/no-such-role/users').set('Authorization', ADMIN_AUTH).expect(404);
    });
  });

  describe('creating', () => {
    it('creates a role: 201 with Location and ETag, readable at the Location', async () => {
      const name = roleName('billing-clerk');
      const res = await t.http
        .post('/api/v1/roles')
        .set('Authorization', ADMIN_AUTH)
        .send({ name, description: 'Handles invoices', permissions: ['customers:write', 'customers:read', 'customers:read'] })
        .expect(201);
      expect(res.body).toMatchObject({
        name,
        description: 'Handles invoices',
        builtin: false,
        permissions: ['customers:read', 'customers:write'],
        userCount: 0,
        version: 1,
      });
      expect(res.headers.location).toMatch(new RegExp(`/api/v1/roles/${res.body.id}$`));
      expect(res.headers.etag).toBe('"1"');
      const read = await t.http.get(new URL(res.headers.location).pathname).set('Authorization', ADMIN_AUTH).expect(200);
      expect(read.body).toEqual(res.body);
    });

    it('refuses a name that is taken (409) and keeps the first role', async () => {
      const first = await createRole({ description: 'The first' });
      const res = await t.http
        .post('/api/v1/roles')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: first.name, description: 'The second', permissions: [] })
        .expect(409);
      expect(res.body).toMatchObject({ '@type': 'Error', code: 'ROLE_NAME_TAKEN', status: '409' });
      expect((await getRole(first.name)).description).toBe('The first');
      await t.http.post('/api/v1/roles').set('Authorization', ADMIN_AUTH).send({ name: 'agent', permissions: [] }).expect(409);
    });

    it('answers concurrent creates of the same name with one 201 and 409s, never 500', async () => {
      const name = roleName('racer');
      const results = await Promise.all(
        [1, 2, 3, 4].map(() => t.http.post('/api/v1/roles').set('Authorization', ADMIN_AUTH).send({ name, permissions: [] })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
      await t.http.get(`/api/v1/roles?name=${name}`).set('Authorization', ADMIN_AUTH).expect('x-total-count', '1');
    });

    it.each(['Billing', 'has space', '1st-line', 'x', 'a_b', 'x'.repeat(61), ''])('refuses the invalid name %p with 400', async (name) => {
      const res = await t.http.post('/api/v1/roles').set('Authorization', ADMIN_AUTH).send({ name, permissions: [] }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain('name');
    });

    it('refuses an unknown permission with 400 naming it, and creates nothing', async () => {
      const name = roleName('rocketeer');
      const res = await t.http
        .post('/api/v1/roles')
        .set('Authorization', ADMIN_AUTH)
        .send({ name, permissions: ['customers:read', 'rockets:launch'] })
        .expect(400);
      expect(res.body).toMatchObject({ '@type': 'Error', code: 'UNKNOWN_PERMISSION', status: '400' });
      expect(res.body.message).toContain('rockets:launch');
      expect(res.body.details).toEqual([{ field: 'permissions', message: expect.stringContaining('rockets:launch') }]);
      await t.http.get(`/api/v1/roles/${name}`).set('Authorization', ADMIN_AUTH).expect(404);
    });

    it('refuses a permission that is not even shaped like one (400)', async () => {
      const res = await t.http
        .post('/api/v1/roles')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: roleName('odd'), permissions: ['DROP TABLE role'] })
        .expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain('permissions');
    });
  });

  describe('changing', () => {
    it('patches description and permissions with a current If-Match', async () => {
      const role = await createRole({ description: 'Before', permissions: ['customers:read'] });
      const res = await t.http
        .patch(`/api/v1/roles/${role.name}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', '"1"')
        .send({ description: 'After', permissions: ['statistics:read', 'communications:read'] })
        .expect(200);
      expect(res.body).toMatchObject({ description: 'After', permissions: ['communications:read', 'statistics:read'], version: 2 });
      expect(res.headers.etag).toBe('"2"');
      expect(await getRole(role.id)).toMatchObject({
        description: 'After',
        permissions: ['communications:read', 'statistics:read'],
        version: 2,
      });
    });

    it('keeps what a PATCH leaves out', async () => {
      const role = await createRole({ description: 'Kept', permissions: ['customers:read'] });
      await t.http
        .patch(`/api/v1/roles/${role.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ permissions: ['customers:write'] })
        .expect(200);
      expect(await getRole(role.id)).toMatchObject({ description: 'Kept', permissions: ['customers:write'] });
      await t.http.patch(`/api/v1/roles/${role.id}`).set('Authorization', ADMIN_AUTH).send({ description: 'Changed' }).expect(200);
      expect(await getRole(role.id)).toMatchObject({ description: 'Changed', permissions: ['customers:write'] });
    });

    it('refuses a stale If-Match with 412 and changes nothing', async () => {
      const role = await createRole({ description: 'Original', permissions: ['customers:read'] });
      const read = await t.http.get(`/api/v1/roles/${role.id}`).set('Authorization', ADMIN_AUTH).expect(200);
      await t.http
        .patch(`/api/v1/roles/${role.id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', read.headers.etag)
        .send({ description: 'First writer' })
        .expect(200);
      const stale = await t.http
        .patch(`/api/v1/roles/${role.id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', read.headers.etag)
        .send({ description: 'Second writer', permissions: ['users:write'] })
        .expect(412);
      expect(stale.body).toMatchObject({ '@type': 'Error', code: 'PRECONDITION_FAILED', status: '412' });
      expect(await getRole(role.id)).toMatchObject({ description: 'First writer', permissions: ['customers:read'], version: 2 });
    });

    it('accepts application/merge-patch+json', async () => {
      const role = await createRole({ description: 'Plain JSON' });
      const res = await t.http
        .patch(`/api/v1/roles/${role.name}`)
        .set('Authorization', ADMIN_AUTH)
        .set('Content-Type', 'application/merge-patch+json')
        .send(JSON.stringify({ description: 'Merge patched' }))
        .expect(200);
      expect(res.body.description).toBe('Merge patched');
      expect((await getRole(role.id)).description).toBe('Merge patched');
    });

    it('refuses an unknown permission in a PATCH (400) and changes nothing', async () => {
      const role = await createRole({ permissions: ['customers:read'] });
      const res = await t.http
        .patch(`/api/v1/roles/${role.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ permissions: ['teleport:now'] })
        .expect(400);
      expect(res.body.code).toBe('UNKNOWN_PERMISSION');
      expect(res.body.message).toContain('teleport:now');
      expect(await getRole(role.id)).toMatchObject({ permissions: ['customers:read'], version: 1 });
    });

    it('adds permissions with POST /:role/permissions (by name and by id)', async () => {
      const role = await createRole({ permissions: ['customers:read'] });
      const byName = await t.http
        .post(`/api/v1/roles/${role.name}/permissions`)
        .set('Authorization', ADMIN_AUTH)
        .send({ permissions: ['statistics:read'] })
        .expect(200);
      expect(byName.body.permissions).toEqual(['customers:read', 'statistics:read']);
      const byId = await t.http
        .post(`/api/v1/roles/${role.id}/permissions`)
        .set('Authorization', ADMIN_AUTH)
        .send({ permissions: ['statistics:read', 'audit:read'] })
        .expect(200);
      expect(byId.body.permissions).toEqual(['audit:read', 'customers:read', 'statistics:read']);
      expect((await getRole(role.id)).permissions).toEqual(['audit:read', 'customers:read', 'statistics:read']);
    });

    it('refuses to add an unknown permission (400) and changes nothing', async () => {
      const role = await createRole({ permissions: ['customers:read'] });
      const res = await t.http
        .post(`/api/v1/roles/${role.id}/permissions`)
        .set('Authorization', ADMIN_AUTH)
        .send({ permissions: ['statistics:read', 'time:travel'] })
        .expect(400);
      expect(res.body.message).toContain('time:travel');
      expect((await getRole(role.id)).permissions).toEqual(['customers:read']);
    });

    it('removes a permission with DELETE /:role/permissions/:permission, 404 when not held', async () => {
      const role = await createRole({ permissions: ['customers:read', 'statistics:read'] });
      const res = await t.http
        .delete(`/api/v1/roles/${role.name}/permissions/statistics:read`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(res.body.permissions).toEqual(['customers:read']);
      expect((await getRole(role.id)).permissions).toEqual(['customers:read']);
      const again = await t.http
        .delete(`/api/v1/roles/${role.name}/permissions/statistics:read`)
        .set('Authorization', ADMIN_AUTH)
        .expect(404);
      expect(again.body).toMatchObject({ '@type': 'Error', code: 'PERMISSION_NOT_HELD', status: '404' });
      await t.http.delete(`/api/v1/roles/${role.name}/permissions/not-a:permission`).set('Authorization', ADMIN_AUTH).expect(404);
      expect((await getRole(role.id)).permissions).toEqual(['customers:read']);
    });
  });

  describe('the admin role', () => {
    it('always lists every permission', async () => {
      const admin = await getRole('admin');
      expect(admin.permissions).toEqual(await allPermissionNames());
    });

    it('refuses every change of its permissions (409) and keeps them all', async () => {
      const before = await getRole('admin');
      const patch = await t.http
        .patch('/api/v1/roles/admin')
        .set('Authorization', ADMIN_AUTH)
        .send({ permissions: ['users:read'] })
        .expect(409);
      expect(patch.body).toMatchObject({ '@type': 'Error', code: 'ADMIN_ROLE_HAS_ALL_PERMISSIONS', status: '409' });
      const remove = await t.http.delete('/api/v1/roles/admin/permissions/users:write').set('Authorization', ADMIN_AUTH).expect(409);
      expect(remove.body.code).toBe('ADMIN_ROLE_HAS_ALL_PERMISSIONS');
      const after = await getRole('admin');
      expect(after.permissions).toEqual(await allPermissionNames());
      expect(after.version).toBe(before.version);
    });

    it('still lets its description be edited', async () => {
      const res = await t.http
        .patch('/api/v1/roles/admin')
        .set('Authorization', ADMIN_AUTH)
        .send({ description: 'Runs the whole platform' })
        .expect(200);
      expect(res.body).toMatchObject({ name: 'admin', description: 'Runs the whole platform', permissions: await allPermissionNames() });
    });

    it('treats adding permissions it already has as no change', async () => {
      const before = await getRole('admin');
      const res = await t.http
        .post('/api/v1/roles/admin/permissions')
        .set('Authorization', ADMIN_AUTH)
        .send({ permissions: ['users:read'] })
        .expect(200);
      expect(res.body.permissions).toEqual(await allPermissionNames());
      expect((await getRole('admin')).version).toBe(before.version);
    });
  });

  describe('holders', () => {
    it('lists the users holding a role, by id and by name, with X-Total-Count', async () => {
      const role = await createRole({ permissions: ['customers:read'] });
      const first = await newUser(t, { roles: [role.name] });
      const second = await newUser(t, { roles: [role.name, 'agent'] });
      await newUser(t, { roles: ['agent'] });
      const byName = await t.http.get(`/api/v1/roles/${role.name}/users?sort=id`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(byName.headers['x-total-count']).toBe('2');
      expect(byName.body.map((u: { id: number }) => u.id)).toEqual([first.id, second.id]);
      expect(byName.body[1].roles).toEqual(['agent', role.name].sort());
      const byId = await t.http.get(`/api/v1/roles/${role.id}/users?sort=id&limit=1`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(byId.headers['x-total-count']).toBe('2');
      expect(byId.headers['x-result-count']).toBe('1');
      expect(byId.body.map((u: { id: number }) => u.id)).toEqual([first.id]);
      expect((await getRole(role.id)).userCount).toBe(2);
    });

    it('lists no one for a role nobody holds', async () => {
      const role = await createRole();
      const res = await t.http.get(`/api/v1/roles/${role.name}/users`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(res.body).toEqual([]);
      expect(res.headers['x-total-count']).toBe('0');
    });
  });

  describe('deleting', () => {
    it('refuses to delete a role that users hold (409 ROLE_IN_USE); the role stays', async () => {
      const role = await createRole();
      await newUser(t, { roles: [role.name] });
      const res = await t.http.delete(`/api/v1/roles/${role.name}`).set('Authorization', ADMIN_AUTH).expect(409);
      expect(res.body).toMatchObject({ '@type': 'Error', code: 'ROLE_IN_USE', status: '409' });
      expect(await getRole(role.id)).toMatchObject({ name: role.name, userCount: 1 });
    });

    it.each(['marketer', 'customer', 'admin'])('refuses to delete the built-in role %s (409)', async (name) => {
      const res = await t.http.delete(`/api/v1/roles/${name}`).set('Authorization', ADMIN_AUTH).expect(409);
      expect(res.body.code).toBe('ROLE_BUILTIN');
      await getRole(name);
    });

    it('deletes an unused custom role: 204, then 404', async () => {
      const role = await createRole();
      await t.http.delete(`/api/v1/roles/${role.id}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.get(`/api/v1/roles/${role.id}`).set('Authorization', ADMIN_AUTH).expect(404);
      await t.http.get(`/api/v1/roles/${role.name}`).set('Authorization', ADMIN_AUTH).expect(404);
      await t.http.delete(`/api/v1/roles/${role.id}`).set('Authorization', ADMIN_AUTH).expect(404);
    });

    it('frees the name of a deleted role for a new one', async () => {
      const role = await createRole();
      await t.http.delete(`/api/v1/roles/${role.name}`).set('Authorization', ADMIN_AUTH).expect(204);
      const again = await createRole({ name: role.name });
      expect(again.id).not.toBe(role.id);
    });
  });

  describe('permission guard', () => {
    it('refuses an agent (403 PERMISSION_DENIED) on roles and users, and on role writes', async () => {
      const agent = await newUser(t, { roles: ['agent'] });
      for (const path of ['/api/v1/roles', '/api/v1/roles/agent', '/api/v1/users']) {
        const res = await t.http.get(path).set('Authorization', agent.auth).expect(403);
        expect(res.body).toMatchObject({ '@type': 'Error', code: 'PERMISSION_DENIED', status: '403' });
      }
      const name = roleName('sneaky');
      await t.http.post('/api/v1/roles').set('Authorization', agent.auth).send({ name, permissions: [] }).expect(403);
      await t.http
        .post('/api/v1/roles/agent/permissions')
        .set('Authorization', agent.auth)
        .send({ permissions: ['users:read'] })
        .expect(403);
      await t.http.get(`/api/v1/roles/${name}`).set('Authorization', ADMIN_AUTH).expect(404);
      expect((await getRole('agent')).permissions).not.toContain('users:read');
    });

    it('asks for credentials (401) without them', async () => {
      const res = await t.http.get('/api/v1/roles').expect(401);
      expect(res.headers['www-authenticate']).toMatch(/^Basic realm="Contactly"/);
    });

    it('lets the holder of a custom role with users:read list users, right after the grant', async () => {
      const role = await createRole({ permissions: ['customers:read'] });
      const viewer = await newUser(t, { roles: [role.name] });
      // This request caches the viewer's verified credentials (without users:read).
      await t.http.get('/api/v1/users').set('Authorization', viewer.auth).expect(403);
      await t.http
        .post(`/api/v1/roles/${role.name}/permissions`)
        .set('Authorization', ADMIN_AUTH)
        .send({ permissions: ['users:read'] })
        .expect(200);
      const res = await t.http.get('/api/v1/users').set('Authorization', viewer.auth).expect(200);
      expect(res.body.map((u: { username: string }) => u.username)).toContain(viewer.username);
      const me = await t.http.post('/api/v1/auth').set('Authorization', viewer.auth).expect(200);
      expect(me.body.permissions).toEqual(['customers:read', 'users:read']);
    });

    it('takes users:read away at once when the permission is removed', async () => {
      const role = await createRole({ permissions: ['users:read'] });
      const viewer = await newUser(t, { roles: [role.name] });
      await t.http.get('/api/v1/users').set('Authorization', viewer.auth).expect(200);
      await t.http.delete(`/api/v1/roles/${role.id}/permissions/users:read`).set('Authorization', ADMIN_AUTH).expect(200);
      await t.http.get('/api/v1/users').set('Authorization', viewer.auth).expect(403);
    });
  });
});
