import { ADMIN_AUTH, basic, type TestApp } from '@contactly/platform/testing';
import { createIdentityTestApp, newUser } from './identity-test-app.js';

describe('POST /api/v1/auth and Basic authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdentityTestApp({ env: { LOGIN_FAILURE_LIMIT_PER_USER: '3', LOGIN_FAILURE_LIMIT_PER_ADDRESS: '1000' } });
  });
  afterAll(() => t.close());

  const expect401 = (res: { status: number; headers: Record<string, string>; body: { '@type': string; code: string } }) => {
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Basic realm="Contactly"/);
    expect(res.body['@type']).toBe('Error');
  };

  it('returns the principal of the first-start admin', async () => {
    const res = await t.http.post('/api/v1/auth').set('Authorization', ADMIN_AUTH).expect(200);
    expect(res.body).toMatchObject({ username: 'Admin', kind: 'staff', roles: ['admin'] });
    expect(res.body.permissions).toEqual(expect.arrayContaining(['users:read', 'users:write', 'roles:write', 'affiliates:write']));
    expect(res.body).not.toHaveProperty('affiliateId');
  });

  it('returns roles and permissions of an ordinary user', async () => {
    const agent = await newUser(t, { roles: ['agent'] });
    const res = await t.http.post('/api/v1/auth').set('Authorization', agent.auth).expect(200);
    expect(res.body.roles).toEqual(['agent']);
    expect(res.body.permissions).toContain('customers:read');
    expect(res.body.permissions).not.toContain('users:read');
  });

  it('signs in case-insensitively on the username', async () => {
    await t.http.post('/api/v1/auth').set('Authorization', basic('ADMIN', 'admin')).expect(200);
  });

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['a Bearer token', 'Bearer abc.def.ghi'],
    ['garbled base64', 'Basic %%%not-base64%%%'],
    ['no colon', `Basic ${Buffer.from('Admin').toString('base64')}`],
    ['an empty password', `Basic ${Buffer.from('Admin:').toString('base64')}`],
    ['only the scheme', 'Basic'],
    ['binary junk', `Basic ${Buffer.from([0xff, 0xfe, 0x00, 0x3a, 0x01]).toString('base64')}`],
  ])('refuses %s with 401 (never 500)', async (_name, header) => {
    const req = t.http.post('/api/v1/auth');
    if (header !== undefined) req.set('Authorization', header);
    expect401(await req);
  });

  it('refuses a wrong password with 401 and the common error shape', async () => {
    const res = await t.http.post('/api/v1/auth').set('Authorization', basic('Admin', 'wrong-password'));
    expect401(res);
    expect(res.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses an unknown user like a wrong password', async () => {
    const res = await t.http.post('/api/v1/auth').set('Authorization', basic('nobody-here', 'whatever-password'));
    expect401(res);
    expect(res.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('accepts passwords that contain colons and non-Latin characters', async () => {
    const user = await newUser(t, { password: 'пароль:с:двоеточиями🙂' });
    await t.http.post('/api/v1/auth').set('Authorization', user.auth).expect(200);
  });

  it('throttles repeated failures for a username with 429 and Retry-After, even with the right password', async () => {
    const victim = await newUser(t);
    for (let i = 0; i < 3; i += 1)
      await t.http
        .post('/api/v1/auth')
        .set('Authorization', basic(victim.username, `wrong-${i}-password`))
        .expect(401);
    const refused = await t.http.post('/api/v1/auth').set('Authorization', victim.auth);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ '@type': 'Error', code: 'TOO_MANY_LOGIN_FAILURES', status: '429' });
    // Another user from the same address is not affected.
    await t.http.post('/api/v1/auth').set('Authorization', ADMIN_AUTH).expect(200);
  });

  it('stops accepting a cached credential once the password changed', async () => {
    const user = await newUser(t);
    await t.http.post('/api/v1/auth').set('Authorization', user.auth).expect(200);
    await t.http
      .put('/api/v1/users/me/password')
      .set('Authorization', user.auth)
      .send({ currentPassword: user.password, newPassword: 'Brand-New-Secret-9' })
      .expect(204);
    expect401(await t.http.post('/api/v1/auth').set('Authorization', user.auth));
    await t.http.post('/api/v1/auth').set('Authorization', basic(user.username, 'Brand-New-Secret-9')).expect(200);
  });

  it('refuses a deactivated user at once', async () => {
    const user = await newUser(t);
    await t.http.post('/api/v1/auth').set('Authorization', user.auth).expect(200);
    await t.http.patch(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH).send({ active: false }).expect(200);
    expect401(await t.http.post('/api/v1/auth').set('Authorization', user.auth));
  });

  it('lists the permission catalogue for any signed-in user', async () => {
    const res = await t.http.get('/api/v1/permissions').set('Authorization', ADMIN_AUTH).expect(200);
    expect(res.body).toEqual(expect.arrayContaining([{ name: 'users:read', description: expect.any(String) }]));
  });
});

describe('throttling per client address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIdentityTestApp({ env: { LOGIN_FAILURE_LIMIT_PER_USER: '100', LOGIN_FAILURE_LIMIT_PER_ADDRESS: '4' } });
  });
  afterAll(() => t.close());

  it('refuses an address that failed for many usernames', async () => {
    for (let i = 0; i < 4; i += 1)
      await t.http
        .post('/api/v1/auth')
        .set('Authorization', basic(`guess${i}`, 'some-password'))
        .expect(401);
    const res = await t.http.post('/api/v1/auth').set('Authorization', basic('guess-next', 'some-password'));
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBeDefined();
  });
});
