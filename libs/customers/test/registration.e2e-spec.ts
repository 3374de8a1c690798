import { ManualClock } from '@contactly/platform';
import { ADMIN_AUTH, basic, type TestApp } from '@contactly/platform/testing';
import { RegistrationPurgeJob } from '../src/registration/registration-purge.job.js';
import { createCustomersTestApp, newIndividualCustomer } from './customers-test-app.js';

const REGISTER = '/api/v1/self-service/register';
const VERIFY = `${REGISTER}/verify`;
const RESEND = `${REGISTER}/resend`;
const PROFILE = '/api/v1/self-service/profile';
const CUSTOMERS = '/tmf-api/customerManagement/v4/customer';
const BILLING_ACCOUNTS = '/tmf-api/accountManagement/v4/billingAccount';
const MINUTE = 60_000;
const PASSWORD = 'Correct-Horse-42';

describe('self-service registration and profile', () => {
  let t: TestApp;
  const clock = new ManualClock('2026-05-04T08:00:00.000Z');
  let sequence = 0;

  beforeAll(async () => {
    t = await createCustomersTestApp({ clock });
  });
  afterAll(() => t.close());

  const next = () => (sequence += 1);
  const person = (overrides: Record<string, unknown> = {}) => {
    const n = next();
    return {
      givenName: 'Maria',
      familyName: `Ivanova${n}`,
      email: `maria.${n}.${Date.now().toString(36)}@example.com`,
      phone: `+4477009${String(n).padStart(5, '0')}`,
      password: PASSWORD,
      ...overrides,
    };
  };
  const business = (overrides: Record<string, unknown> = {}) => {
    const n = next();
    return {
      tradingName: `Acme Telecom ${n}`,
      email: `billing.${n}.${Date.now().toString(36)}@acme.example`,
      phone: `+4477008${String(n).padStart(5, '0')}`,
      password: 'Acme-Signup-2026',
      ...overrides,
    };
  };
  const mailbox = async (recipient: string) =>
    (
      await t.http
        .get(`/api/v1/dev/mailbox?recipient=${encodeURIComponent(recipient)}&purpose=registration-otp`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200)
    ).body as { channel: string; subject: string | null; body: string }[];
  const latestCode = async (recipient: string) => {
    const [latest] = await mailbox(recipient);
    const match = /\b(\d{6})\b/.exec(latest?.body ?? '');
    if (!match) throw new Error(`no code sent to ${recipient}`);
    return match[1];
  };
  const wrongCodeFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
  const count = async (table: string) =>
    Number(((await t.db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: number | string }[])[0].n);
  const counts = async () => ({
    registrations: await count('pending_registration'),
    parties: await count('party'),
    users: await count('user'),
    messages: await count('dev_mailbox_message'),
    events: await count('outbox_event'),
  });
  const start = async (body: Record<string, unknown>) =>
    (await t.http.post(REGISTER).send(body).expect(202)).body as { registrationId: string; expiresAt: string; channel: string };
  const registered = async (body: Record<string, unknown> = person()) => {
    const { registrationId } = await start(body);
    const code = await latestCode(body.otpChannel === 'sms' ? String(body.phone) : String(body.email));
    const res = await t.http.post(VERIFY).send({ registrationId, code }).expect(201);
    return {
      ...(res.body as { customerId: string; username: string; billingAccountId: string }),
      location: res.headers.location as string,
      auth: basic(String(body.email), String(body.password)),
      registrationId,
      code,
    };
  };

  describe('a person (B2C)', () => {
    it('registers, receives a code by email, verifies, and signs in as a customer that sees only itself', async () => {
      const body = person();
      const started = await t.http.post(REGISTER).send(body).expect(202);
      expect(started.body).toEqual({
        registrationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        expiresAt: new Date(clock.nowMs() + 10 * MINUTE).toISOString(),
        channel: 'email',
      });
      const [message] = await mailbox(body.email);
      expect(message).toMatchObject({ channel: 'email', subject: 'Your Contactly verification code' });
      const code = await latestCode(body.email);

      const verified = await t.http.post(VERIFY).send({ registrationId: started.body.registrationId, code }).expect(201);
      expect(verified.body).toEqual({
        customerId: expect.stringMatching(/^\d+$/),
        username: body.email,
        billingAccountId: expect.stringMatching(/^\S+$/),
      });
      expect(verified.headers.location).toMatch(new RegExp(`${CUSTOMERS}/${verified.body.customerId}$`));

      const auth = basic(body.email, body.password);
      const principal = await t.http.post('/api/v1/auth').set('Authorization', auth).expect(200);
      expect(principal.body).toMatchObject({
        username: body.email,
        kind: 'customer',
        roles: ['customer'],
        customerId: Number(verified.body.customerId),
      });
      expect(principal.body.permissions).toEqual(['self:read', 'self:write']);

      const list = await t.http.get(CUSTOMERS).set('Authorization', auth).expect(200);
      expect(list.body.map((c: { id: string }) => c.id)).toEqual([verified.body.customerId]);
      const customer = await t.http.get(new URL(verified.headers.location).pathname).set('Authorization', auth).expect(200);
      expect(customer.body).toMatchObject({
        name: `Maria ${body.familyName}`,
        status: 'active',
        engagedParty: { '@referredType': 'Individual', id: verified.body.customerId },
        characteristic: [{ name: 'segment', value: 'B2C' }],
      });
      expect(customer.body.contactMedium).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ mediumType: 'email', characteristic: { emailAddress: body.email } }),
          expect.objectContaining({ mediumType: 'phone', characteristic: { phoneNumber: body.phone } }),
        ]),
      );
    });

    it('records the business events of what it created, in the name of the system', async () => {
      const { customerId, registrationId } = await registered();
      const events = (await t.db.dataSource.query('SELECT event_type, resource_id FROM outbox_event WHERE resource_id IN (?, ?)', [
        customerId,
        registrationId,
      ])) as { event_type: string }[];
      expect(events.map((e) => e.event_type)).toEqual(
        expect.arrayContaining(['IndividualCreateEvent', 'CustomerCreateEvent', 'RegistrationCompleteEvent']),
      );
      const [completion] = (await t.db.dataSource.query(
        "SELECT payload FROM outbox_event WHERE event_type = 'RegistrationCompleteEvent' AND resource_id = ?",
        [registrationId],
      )) as { payload: string }[];
      expect(JSON.parse(completion.payload).registration).toMatchObject({
        id: registrationId,
        customerId,
        segment: 'B2C',
        otpChannel: 'email',
      });
      const actors = (await t.db.dataSource.query('SELECT DISTINCT actor_name FROM audit_entry WHERE resource_id IN (?, ?)', [
        customerId,
        registrationId,
      ])) as { actor_name: string }[];
      expect(actors.map((a) => a.actor_name)).toEqual(['system']);
    });

    it('opens exactly one default billing account, the only one the subscriber sees', async () => {
      const other = await registered();
      const mine = await registered();
      const accounts = await t.http.get(BILLING_ACCOUNTS).set('Authorization', mine.auth).expect(200);
      expect(accounts.body.map((a: { id: string }) => a.id)).toEqual([mine.billingAccountId]);
      expect(mine.billingAccountId).not.toBe(other.billingAccountId);
    });
  });

  describe('a business (B2B)', () => {
    it('registers with the code by SMS and becomes an Organization customer', async () => {
      const body = business({ otpChannel: 'sms' });
      const started = await start(body);
      expect(started.channel).toBe('sms');
      expect(await mailbox(body.email)).toEqual([]);
      const [sms] = await mailbox(body.phone);
      expect(sms).toMatchObject({ channel: 'sms', subject: null });
      const verified = await t.http
        .post(VERIFY)
        .send({ registrationId: started.registrationId, code: await latestCode(body.phone) })
        .expect(201);
      const auth = basic(body.email, body.password);
      const principal = await t.http.post('/api/v1/auth').set('Authorization', auth).expect(200);
      expect(principal.body).toMatchObject({ kind: 'customer', customerId: Number(verified.body.customerId) });
      const customer = await t.http.get(`${CUSTOMERS}/${verified.body.customerId}`).set('Authorization', auth).expect(200);
      expect(customer.body).toMatchObject({
        name: body.tradingName,
        status: 'active',
        engagedParty: { '@referredType': 'Organization' },
        characteristic: [{ name: 'segment', value: 'B2B' }],
      });
      const list = await t.http.get(CUSTOMERS).set('Authorization', auth).expect(200);
      expect(list.body.map((c: { id: string }) => c.id)).toEqual([verified.body.customerId]);
    });
  });

  describe('refusals', () => {
    it('refuses an email that is already a login, whatever its case (409), and creates nothing', async () => {
      const first = await registered();
      const before = await counts();
      const res = await t.http
        .post(REGISTER)
        .send(person({ email: first.username.toUpperCase() }))
        .expect(409);
      expect(res.body).toMatchObject({ '@type': 'Error', code: 'EMAIL_ALREADY_REGISTERED', status: '409' });
      expect(await counts()).toEqual(before);
    });

    it('refuses the email of an existing customer (409), and creates nothing', async () => {
      const email = `known.${Date.now().toString(36)}@example.com`;
      await newIndividualCustomer(t, ADMIN_AUTH, { email, phone: '+447700900999' });
      const before = await counts();
      const res = await t.http.post(REGISTER).send(business({ email })).expect(409);
      expect(res.body.code).toBe('EMAIL_ALREADY_REGISTERED');
      expect(await counts()).toEqual(before);
    });

    it('refuses a second verification of a verified registration (409)', async () => {
      const done = await registered();
      const again = await t.http.post(VERIFY).send({ registrationId: done.registrationId, code: done.code }).expect(409);
      expect(again.body.code).toBe('REGISTRATION_ALREADY_VERIFIED');
      expect((await t.http.post(RESEND).send({ registrationId: done.registrationId }).expect(409)).body.code).toBe(
        'REGISTRATION_ALREADY_VERIFIED',
      );
    });

    it('lets only one of two simultaneous verifications win', async () => {
      const body = person();
      const { registrationId } = await start(body);
      const code = await latestCode(body.email);
      const results = await Promise.all([1, 2, 3].map(() => t.http.post(VERIFY).send({ registrationId, code })));
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
      expect(
        Number(
          ((await t.db.dataSource.query('SELECT COUNT(*) AS n FROM user WHERE username_key = ?', [body.email])) as { n: string }[])[0].n,
        ),
      ).toBe(1);
    });

    it.each([
      ['an invalid email', { email: 'not-an-email' }, 'email', 'VALIDATION_FAILED'],
      ['a phone number too short for its region', { phone: '07700 90012' }, 'phone', 'VALIDATION_FAILED'],
      ['a phone number with letters', { phone: '+44 7700 ABC' }, 'phone', 'VALIDATION_FAILED'],
      ['a country code 0', { phone: '+0447700900123' }, 'phone', 'VALIDATION_FAILED'],
      ['a short password', { password: 'Short-1' }, 'password', 'WEAK_PASSWORD'],
      ['a common password', { password: 'password123' }, 'password', 'WEAK_PASSWORD'],
      ['an unknown OTP channel', { otpChannel: 'fax' }, 'otpChannel', 'VALIDATION_FAILED'],
      ['both a person and a business', { tradingName: 'Both Ltd' }, 'givenName', 'VALIDATION_FAILED'],
      ['a person without familyName', { familyName: undefined }, 'familyName', 'VALIDATION_FAILED'],
      ['an unknown attribute', { birthDate: '1990-01-01' }, 'birthDate', 'VALIDATION_FAILED'],
    ])('refuses %s (400 naming the field) and creates nothing', async (_why, overrides, field, code) => {
      const before = await counts();
      const res = await t.http.post(REGISTER).send(person(overrides)).expect(400);
      expect(res.body).toMatchObject({ '@type': 'Error', code, status: '400' });
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await counts()).toEqual(before);
    });

    it('refuses a password that contains the email (the username)', async () => {
      const body = person();
      const res = await t.http
        .post(REGISTER)
        .send({ ...body, password: `my-${body.email}` })
        .expect(400);
      expect(res.body).toMatchObject({ code: 'WEAK_PASSWORD', details: [{ field: 'password', message: 'must not contain the username' }] });
    });

    it('refuses neither a person nor a business', async () => {
      const { givenName: _g, familyName: _f, ...nobody } = person();
      const res = await t.http.post(REGISTER).send(nobody).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['familyName', 'givenName']);
    });

    it.each([['+44 (7700) 900-321'], ['07700 900321']])('normalises the phone number %s to E.164', async (phone) => {
      const body = person({ phone });
      const done = await registered(body);
      const customer = await t.http.get(`${CUSTOMERS}/${done.customerId}`).set('Authorization', done.auth).expect(200);
      expect(customer.body.contactMedium).toEqual(
        expect.arrayContaining([expect.objectContaining({ characteristic: { phoneNumber: '+447700900321' } })]),
      );
    });

    it('answers an unknown registration with 404 and a malformed one or code with 400', async () => {
      expect(
        (await t.http.post(VERIFY).send({ registrationId: '00000000-0000-4000-8000-000000000000', code: '123456' }).expect(404)).body.code,
      ).toBe('REGISTRATION_NOT_FOUND');
      await t.http.post(RESEND).send({ registrationId: '00000000-0000-4000-8000-000000000000' }).expect(404);
      await t.http.post(VERIFY).send({ registrationId: 'x; DROP TABLE party', code: '123456' }).expect(400);
      const { registrationId } = await start(person());
      for (const code of ['12345', '1234567', 'abcdef', 123456]) await t.http.post(VERIFY).send({ registrationId, code }).expect(400);
    });
  });

  describe('the one-time code', () => {
    it('survives 4 wrong codes, is void after the 5th, and refuses the right one on the 6th try', async () => {
      const body = person();
      const { registrationId } = await start(body);
      const code = await latestCode(body.email);
      const before = await counts();
      for (const left of [4, 3, 2, 1]) {
        const wrong = await t.http
          .post(VERIFY)
          .send({ registrationId, code: wrongCodeFor(code) })
          .expect(422);
        expect(wrong.body).toMatchObject({ code: 'INVALID_CODE', attemptsLeft: left });
      }
      const fifth = await t.http
        .post(VERIFY)
        .send({ registrationId, code: wrongCodeFor(code) })
        .expect(422);
      expect(fifth.body.code).toBe('REGISTRATION_VOID');
      const sixth = await t.http.post(VERIFY).send({ registrationId, code }).expect(422);
      expect(sixth.body.code).toBe('REGISTRATION_VOID');
      expect((await t.http.post(RESEND).send({ registrationId }).expect(422)).body.code).toBe('REGISTRATION_VOID');
      expect({ ...(await counts()), events: 0 }).toEqual({ ...before, events: 0 });
      await t.http.post('/api/v1/auth').set('Authorization', basic(body.email, body.password)).expect(401);
      const [row] = (await t.db.dataSource.query(
        'SELECT status, attempts, password_hash, otp_hash FROM pending_registration WHERE id = ?',
        [registrationId],
      )) as Record<string, unknown>[];
      expect(row).toMatchObject({ status: 'void', password_hash: null, otp_hash: null });
      expect(Number(row.attempts)).toBe(5);
    });

    it('counts parallel guesses: never more than 5 tries', async () => {
      const body = person();
      const { registrationId } = await start(body);
      const code = await latestCode(body.email);
      const guesses = await Promise.all(
        Array.from({ length: 12 }, () => t.http.post(VERIFY).send({ registrationId, code: wrongCodeFor(code) })),
      );
      expect(guesses.every((g) => g.status === 422)).toBe(true);
      expect(guesses.filter((g) => g.body.code === 'INVALID_CODE')).toHaveLength(4);
      await t.http.post(VERIFY).send({ registrationId, code }).expect(422);
    });

    it('works until 10 minutes after it was sent, and not a millisecond later', async () => {
      const body = person();
      const { registrationId } = await start(body);
      const code = await latestCode(body.email);
      clock.advance(10 * MINUTE + 1);
      const expired = await t.http.post(VERIFY).send({ registrationId, code }).expect(422);
      expect(expired.body.code).toBe('CODE_EXPIRED');

      const other = person();
      const second = await start(other);
      clock.advance(10 * MINUTE - 1);
      await t.http
        .post(VERIFY)
        .send({ registrationId: second.registrationId, code: await latestCode(other.email) })
        .expect(201);
    });

    it('resends a new code (the old one stops working), at most once a minute (429 + Retry-After)', async () => {
      const body = person();
      const { registrationId } = await start(body);
      const first = await latestCode(body.email);
      const tooSoon = await t.http.post(RESEND).send({ registrationId }).expect(429);
      expect(tooSoon.body.code).toBe('RESEND_TOO_SOON');
      expect(tooSoon.headers['retry-after']).toBe('60');
      clock.advance(45_000);
      expect((await t.http.post(RESEND).send({ registrationId }).expect(429)).headers['retry-after']).toBe('15');
      clock.advance(15_000);
      const resent = await t.http.post(RESEND).send({ registrationId }).expect(202);
      expect(resent.body).toEqual({ registrationId, expiresAt: new Date(clock.nowMs() + 10 * MINUTE).toISOString(), channel: 'email' });
      expect(await mailbox(body.email)).toHaveLength(2);
      const second = await latestCode(body.email);
      if (second !== first)
        expect((await t.http.post(VERIFY).send({ registrationId, code: first }).expect(422)).body.code).toBe('INVALID_CODE');
      await t.http.post(VERIFY).send({ registrationId, code: second }).expect(201);
    });

    it('resends at most 5 times per registration (429 + Retry-After)', async () => {
      const body = person({ otpChannel: 'sms' });
      const { registrationId } = await start(body);
      for (let i = 0; i < 5; i += 1) {
        clock.advance(MINUTE);
        await t.http.post(RESEND).send({ registrationId }).expect(202);
      }
      clock.advance(MINUTE);
      const limit = await t.http.post(RESEND).send({ registrationId }).expect(429);
      expect(limit.body.code).toBe('RESEND_LIMIT_REACHED');
      expect(Number(limit.headers['retry-after'])).toBeGreaterThan(0);
      expect(await mailbox(body.phone)).toHaveLength(6);
      await t.http
        .post(VERIFY)
        .send({ registrationId, code: await latestCode(body.phone) })
        .expect(201);
    });

    it('starts at most 5 registrations per email or phone an hour (429 + Retry-After)', async () => {
      const body = person();
      for (let i = 0; i < 5; i += 1) await start(body);
      const byEmail = await t.http.post(REGISTER).send(body).expect(429);
      expect(byEmail.body.code).toBe('TOO_MANY_REGISTRATIONS');
      expect(byEmail.headers['retry-after']).toBe('3600');
      const byPhone = await t.http
        .post(REGISTER)
        .send(person({ phone: body.phone }))
        .expect(429);
      expect(byPhone.body.code).toBe('TOO_MANY_REGISTRATIONS');
      clock.advance(60 * MINUTE);
      await start(body);
    });

    it('ends an unverified registration after an hour, and the purge deletes it', async () => {
      const body = person();
      const { registrationId } = await start(body);
      clock.advance(60 * MINUTE);
      expect((await t.http.post(RESEND).send({ registrationId }).expect(422)).body.code).toBe('REGISTRATION_EXPIRED');
      expect(
        (
          await t.http
            .post(VERIFY)
            .send({ registrationId, code: await latestCode(body.email) })
            .expect(422)
        ).body.code,
      ).toBe('REGISTRATION_EXPIRED');
      clock.advance(1);
      expect(await t.get(RegistrationPurgeJob).purge()).toBeGreaterThan(0);
      await t.http.post(VERIFY).send({ registrationId, code: '123456' }).expect(404);
      const verified = (await t.db.dataSource.query("SELECT COUNT(*) AS n FROM pending_registration WHERE status = 'verified'")) as {
        n: string;
      }[];
      expect(Number(verified[0].n)).toBeGreaterThan(0);
    });

    it('keeps the code and the password out of every response, row and event', async () => {
      const body = person();
      const started = await t.http.post(REGISTER).send(body).expect(202);
      const code = await latestCode(body.email);
      const [row] = (await t.db.dataSource.query('SELECT * FROM pending_registration WHERE id = ?', [
        started.body.registrationId,
      ])) as Record<string, unknown>[];
      expect(String(row.password_hash)).toMatch(/^\$argon2id\$/);
      expect(row.otp_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row)).not.toContain(code);
      expect(JSON.stringify(row)).not.toContain(body.password);
      const verified = await t.http.post(VERIFY).send({ registrationId: started.body.registrationId, code }).expect(201);
      const [done] = (await t.db.dataSource.query(
        'SELECT password_hash, otp_hash, otp_salt, customer_id, user_id FROM pending_registration WHERE id = ?',
        [started.body.registrationId],
      )) as Record<string, unknown>[];
      expect(done).toMatchObject({ password_hash: null, otp_hash: null, otp_salt: null });
      expect(Number(done.customer_id)).toBe(Number(verified.body.customerId));
      const auth = basic(body.email, body.password);
      const reads = [
        started.text,
        verified.text,
        (await t.http.get(`${CUSTOMERS}/${verified.body.customerId}`).set('Authorization', auth)).text,
        (await t.http.get(PROFILE).set('Authorization', auth)).text,
        (await t.http.get('/api/v1/users/me').set('Authorization', auth)).text,
        (
          await t.http
            .get(`/api/v1/audit?resourceType=registration&resourceId=${started.body.registrationId}`)
            .set('Authorization', ADMIN_AUTH)
        ).text,
      ];
      for (const text of reads) {
        expect(text).not.toContain(code);
        expect(text).not.toContain(body.password);
      }
      const rows = [
        ...(await t.db.dataSource.query('SELECT payload AS text FROM outbox_event')),
        ...(await t.db.dataSource.query('SELECT changes AS text FROM audit_entry')),
      ] as { text: string }[];
      expect(rows.filter((r) => r.text.includes(code) || r.text.includes(body.password) || r.text.includes('argon2'))).toEqual([]);
    });
  });

  describe('the subscriber’s profile', () => {
    it('reads and edits the own names and contact media with ETag and If-Match', async () => {
      const body = person();
      const me = await registered(body);
      const read = await t.http.get(PROFILE).set('Authorization', me.auth).expect(200);
      expect(read.body).toMatchObject({ '@type': 'Individual', id: me.customerId, givenName: 'Maria', familyName: body.familyName });
      expect(read.headers.etag).toMatch(/^"\d+"$/);

      const renamed = await t.http
        .patch(PROFILE)
        .set('Authorization', me.auth)
        .set('If-Match', read.headers.etag)
        .send({ familyName: 'Ivanova-Smith' })
        .expect(200);
      expect(renamed.body).toMatchObject({ familyName: 'Ivanova-Smith', fullName: 'Maria Ivanova-Smith' });
      expect(renamed.headers.etag).not.toBe(read.headers.etag);
      const customer = await t.http.get(`${CUSTOMERS}/${me.customerId}`).set('Authorization', me.auth).expect(200);
      expect(customer.body.name).toBe('Maria Ivanova-Smith');
      expect((await t.http.get(PROFILE).set('Authorization', me.auth)).headers.etag).toBe(renamed.headers.etag);

      const stale = await t.http
        .patch(PROFILE)
        .set('Authorization', me.auth)
        .set('If-Match', read.headers.etag)
        .send({ givenName: 'Mary' })
        .expect(412);
      expect(stale.body.code).toBe('PRECONDITION_FAILED');

      const media = await t.http
        .patch(PROFILE)
        .set('Authorization', me.auth)
        .set('Content-Type', 'application/merge-patch+json')
        .send(
          JSON.stringify({
            contactMedium: [
              { mediumType: 'email', preferred: true, characteristic: { emailAddress: 'Maria.New@Example.com' } },
              { mediumType: 'phone', characteristic: { phoneNumber: '+44 7700 900555' } },
            ],
          }),
        )
        .expect(200);
      expect(media.body.contactMedium).toEqual([
        { mediumType: 'email', preferred: true, characteristic: { emailAddress: 'maria.new@example.com' } },
        { mediumType: 'phone', preferred: false, characteristic: { phoneNumber: '+447700900555' } },
      ]);
    });

    it('refuses names of the other kind of party and invalid contact media (400)', async () => {
      const me = await registered();
      const wrongKind = await t.http.patch(PROFILE).set('Authorization', me.auth).send({ tradingName: 'Me Ltd' }).expect(400);
      expect(wrongKind.body.details).toEqual([{ field: 'tradingName', message: 'is only for a business' }]);
      await t.http
        .patch(PROFILE)
        .set('Authorization', me.auth)
        .send({ contactMedium: [{ mediumType: 'email', characteristic: { emailAddress: 'nope' } }] })
        .expect(400);
      await t.http.patch(PROFILE).set('Authorization', me.auth).send({ status: 'validated' }).expect(400);
      const company = await registered(business());
      const renamed = await t.http.patch(PROFILE).set('Authorization', company.auth).send({ tradingName: 'Acme Renamed' }).expect(200);
      expect(renamed.body).toMatchObject({ '@type': 'Organization', tradingName: 'Acme Renamed' });
      await t.http.patch(PROFILE).set('Authorization', company.auth).send({ givenName: 'Bob' }).expect(400);
    });

    it('is only for subscribers: staff get 403, anonymous callers 401', async () => {
      expect((await t.http.get(PROFILE).set('Authorization', ADMIN_AUTH).expect(403)).body.code).toBe('NOT_A_SUBSCRIBER');
      await t.http.get(PROFILE).expect(401);
      await t.http.patch(PROFILE).send({ givenName: 'Anon' }).expect(401);
    });

    it('changes only the subscriber’s own record', async () => {
      const me = await registered();
      const other = await registered();
      await t.http.patch(PROFILE).set('Authorization', me.auth).send({ givenName: 'Changed' }).expect(200);
      const untouched = await t.http.get(PROFILE).set('Authorization', other.auth).expect(200);
      expect(untouched.body.givenName).toBe('Maria');
    });
  });

  it('has entities and migrations that agree on this dialect', async () => {
    const sql = await t.db.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });
});
