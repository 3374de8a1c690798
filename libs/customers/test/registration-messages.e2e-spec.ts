import { ManualClock } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCustomersTestApp } from './customers-test-app.js';

const REGISTER = '/api/v1/self-service/register';
const RESEND = `${REGISTER}/resend`;

/** What a person receives when registering: the code, words saying what to do, a link, in their language. */
describe('the registration code message', () => {
  let t: TestApp;
  let sequence = 0;
  const clock = new ManualClock('2026-05-04T08:00:00.000Z');

  beforeAll(async () => {
    t = await createCustomersTestApp({ clock });
  });
  afterAll(() => t.close());

  const person = () => {
    sequence += 1;
    return {
      givenName: 'Мария',
      familyName: 'Иванова',
      email: `maria.msg.${sequence}.${Date.now().toString(36)}@example.com`,
      phone: `+4477007${String(sequence).padStart(5, '0')}`,
      password: 'Correct-Horse-42',
    };
  };
  const mailbox = async (recipient: string) =>
    (
      await t.http
        .get(`/api/v1/dev/mailbox?recipient=${encodeURIComponent(recipient)}&purpose=registration-otp`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200)
    ).body as { channel: string; subject: string | null; body: string }[];
  const register = async (body: Record<string, unknown>, acceptLanguage?: string) => {
    const request = t.http.post(REGISTER);
    if (acceptLanguage) request.set('Accept-Language', acceptLanguage);
    return (await request.send(body).expect(202)).body as { registrationId: string };
  };
  const linkTo = (registrationId: string) => new RegExp(`https?://[^\\s]+/register\\?registration=${registrationId}(\\s|$)`);

  it('is in Russian for a Russian-speaking requester, with the code, the words and the link to the registration page', async () => {
    const body = person();
    const { registrationId } = await register(body, 'ru-RU,ru;q=0.9,en;q=0.8');
    const [message] = await mailbox(body.email);
    expect(message.subject).toBe('Ваш код подтверждения Contactly');
    expect(message.body).toMatch(/^Ваш код подтверждения Contactly: \d{6}\. Введите его на странице регистрации/);
    expect(message.body).toContain('Код действует 10 минут');
    expect(message.body).toMatch(linkTo(registrationId));
    expect(message.body).not.toMatch(/\/api\/v1/);
  });

  it('is in English without Accept-Language or for a language we do not write in', async () => {
    for (const language of [undefined, 'de-DE,fr;q=0.8']) {
      const body = person();
      const { registrationId } = await register(body, language);
      const [message] = await mailbox(body.email);
      expect(message.subject).toBe('Your Contactly verification code');
      expect(message.body).toMatch(/^Your Contactly verification code is \d{6}\. Enter it on the registration page/);
      expect(message.body).toMatch(linkTo(registrationId));
    }
  });

  it('is written in the language of the resend, by SMS without a subject', async () => {
    const body = { ...person(), otpChannel: 'sms' };
    const { registrationId } = await register(body, 'en');
    clock.advance(61_000); // a new code may be asked for a minute after the last
    await t.http.post(RESEND).set('Accept-Language', 'ru').send({ registrationId }).expect(202);
    const [latest, first] = await mailbox(body.phone);
    expect(first.body).toMatch(/^Your Contactly verification code is/);
    expect(latest).toMatchObject({ channel: 'sms', subject: null });
    expect(latest.body).toMatch(/^Ваш код подтверждения Contactly: \d{6}\./);
    expect(latest.body).toMatch(linkTo(registrationId));
  });
});
