import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { PasswordResetService } from '../src/password-reset/password-reset.service.js';
import { createIdentityTestApp, newUser } from './identity-test-app.js';

/** The reset email a person receives: a link to the dashboard's page and words, in their language; no API path. */
describe('the password-reset email', () => {
  let t: TestApp;
  let sequence = 0;

  beforeAll(async () => {
    t = await createIdentityTestApp();
  });
  afterAll(() => t.close());

  const subscriber = async () => {
    sequence += 1;
    const email = `reset.msg.${sequence}.${Date.now().toString(36)}@example.com`;
    return newUser(t, { username: email, password: 'Original-Secret-1', roles: ['customer'], kind: 'customer' });
  };
  const resetEmailTo = async (email: string, acceptLanguage?: string) => {
    const request = t.http.post('/api/v1/auth/password-reset');
    if (acceptLanguage) request.set('Accept-Language', acceptLanguage);
    await request.send({ email }).expect(202);
    await t.get(PasswordResetService).whenIdle();
    const res = await t.http
      .get(`/api/v1/dev/mailbox?recipient=${encodeURIComponent(email)}&purpose=password-reset`)
      .set('Authorization', ADMIN_AUTH)
      .expect(200);
    return (res.body as { subject: string; body: string }[])[0];
  };
  const LINK = /https?:\/\/\S+\/reset-password#token=[A-Za-z0-9_-]{43}(\s|$)/;

  it('is in Russian for a Russian-speaking requester, with the link to the reset page', async () => {
    const user = await subscriber();
    const message = await resetEmailTo(user.username, 'ru-RU,ru;q=0.9,en;q=0.5');
    expect(message.subject).toBe('Сброс пароля Contactly');
    expect(message.body).toContain('Задайте новый пароль по ссылке: http');
    expect(message.body).toContain('Ссылка действует один раз и в течение 30 минут');
    expect(message.body).toMatch(LINK);
    expect(message.body).not.toMatch(/api\/v1|POST/);
  });

  it('is in English by default, with the link and words, and no API path', async () => {
    const user = await subscriber();
    const message = await resetEmailTo(user.username);
    expect(message.subject).toBe('Reset your Contactly password');
    expect(message.body).toContain('Choose a new password here: http');
    expect(message.body).toContain('The link works once and expires in 30 minutes');
    expect(message.body).toMatch(LINK);
    expect(message.body).not.toMatch(/api\/v1|POST/);
  });
});
