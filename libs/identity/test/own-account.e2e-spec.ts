import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createIdentityTestApp, newUser } from './identity-test-app.js';

describe('PATCH /api/v1/users/me (own account: interface language)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createIdentityTestApp();
  });
  afterAll(() => t.close());

  it('starts with no language chosen, then remembers the choice in the user and the principal', async () => {
    const user = await newUser(t, { roles: ['agent'] });
    const before = await t.http.post('/api/v1/auth').set('Authorization', user.auth).expect(200);
    expect(before.body.locale).toBeUndefined();
    expect((await t.http.get('/api/v1/users/me').set('Authorization', user.auth).expect(200)).body.locale).toBeNull();

    const changed = await t.http.patch('/api/v1/users/me').set('Authorization', user.auth).send({ locale: 'ru' }).expect(200);
    expect(changed.body).toMatchObject({ id: user.id, locale: 'ru', version: 2 });
    expect(changed.headers.etag).toBe('"2"');

    // The sign-in check answers with the new language at once (the credential cache was dropped).
    expect((await t.http.post('/api/v1/auth').set('Authorization', user.auth).expect(200)).body.locale).toBe('ru');
    expect((await t.http.get('/api/v1/users/me').set('Authorization', user.auth).expect(200)).body.locale).toBe('ru');
    expect((await t.http.get(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH).expect(200)).body.locale).toBe('ru');
  });

  it('keeps the version when the language is already the one asked for', async () => {
    const user = await newUser(t);
    await t.http.patch('/api/v1/users/me').set('Authorization', user.auth).send({ locale: 'en' }).expect(200);
    const again = await t.http.patch('/api/v1/users/me').set('Authorization', user.auth).send({ locale: 'en' }).expect(200);
    expect(again.body).toMatchObject({ locale: 'en', version: 2 });
  });

  it('is open to every kind of signed-in user, including subscribers, and changes only their own account', async () => {
    const subscriber = await newUser(t, { kind: 'customer', roles: ['customer'] });
    const other = await newUser(t);
    await t.http.patch('/api/v1/users/me').set('Authorization', subscriber.auth).send({ locale: 'ru' }).expect(200);
    expect((await t.http.get(`/api/v1/users/${other.id}`).set('Authorization', ADMIN_AUTH)).body.locale).toBeNull();
  });

  it('needs a signed-in user (401)', async () => {
    await t.http.patch('/api/v1/users/me').send({ locale: 'ru' }).expect(401);
  });

  it.each([
    ['an unknown language', { locale: 'xx' }],
    ['a language tag with a region', { locale: 'ru-RU' }],
    ['no language', {}],
    ['null', { locale: null }],
    ['a number', { locale: 7 }],
    ['another attribute', { locale: 'ru', roles: ['admin'] }],
  ])('refuses %s with 400 naming the field, and changes nothing', async (_why, body) => {
    const user = await newUser(t);
    const res = await t.http.patch('/api/v1/users/me').set('Authorization', user.auth).send(body).expect(400);
    expect(res.body).toMatchObject({ '@type': 'Error', code: 'VALIDATION_FAILED', status: '400' });
    expect(res.body.details.length).toBeGreaterThan(0);
    const me = await t.http.get('/api/v1/users/me').set('Authorization', user.auth).expect(200);
    expect(me.body).toMatchObject({ locale: null, version: 1, roles: ['agent'] });
  });

  it('refuses a stale If-Match with 412 and changes nothing', async () => {
    const user = await newUser(t);
    await t.http.patch('/api/v1/users/me').set('Authorization', user.auth).send({ locale: 'ru' }).expect(200);
    const res = await t.http
      .patch('/api/v1/users/me')
      .set('Authorization', user.auth)
      .set('If-Match', '"1"')
      .send({ locale: 'en' })
      .expect(412);
    expect(res.body.status).toBe('412');
    expect((await t.http.get('/api/v1/users/me').set('Authorization', user.auth)).body).toMatchObject({ locale: 'ru', version: 2 });
  });

  it('lets two tabs switch at once without a server error; one of the two choices stays', async () => {
    const user = await newUser(t);
    const results = await Promise.all(
      ['ru', 'en', 'ru', 'en'].map((locale) => t.http.patch('/api/v1/users/me').set('Authorization', user.auth).send({ locale })),
    );
    results.forEach((r) => expect(r.status).toBe(200));
    const me = await t.http.get('/api/v1/users/me').set('Authorization', user.auth).expect(200);
    expect(['ru', 'en']).toContain(me.body.locale);
    expect(me.body.version).toBeGreaterThanOrEqual(2);
    // One audit entry per real change (newest first): none lost, and the newest says what stayed.
    const audit = await t.http.get(`/api/v1/audit?resourceType=user&resourceId=${user.id}`).set('Authorization', ADMIN_AUTH).expect(200);
    const changes = (audit.body as { action: string; changes: Record<string, { before: unknown; after: unknown }> }[]).filter(
      (e) => e.action === 'update' && e.changes.locale,
    );
    expect(changes.length).toBe(me.body.version - 1);
    expect(changes[0].changes.locale.after).toBe(me.body.locale);
  });
});
