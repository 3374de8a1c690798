import { ManualClock } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { CommunicationDispatcher, signReceipt } from '../src/index.js';
import { createCommunicationsTestApp, unique } from './communications-test-app.js';
import { startHttpProvider, startSmtpServer } from './fake-providers.js';
import {
  EMAIL,
  events,
  MASS,
  MESSENGER,
  newDocument,
  newReachableClient,
  newSendingDepartment,
  pairs,
  SMS,
  SOCIAL,
  SURVEY,
} from './sending-fixtures.js';

const SECRET = 'receipt-secret-for-the-tests';
const MINUTE = 60_000;
const RECEIPTS = '/api/v1/communications/delivery-receipts';

describe('dispatch, providers, receipts and the Notifier', () => {
  let t: TestApp;
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');
  let sms: Awaited<ReturnType<typeof startHttpProvider>>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let sender: Awaited<ReturnType<typeof newSendingDepartment>>;
  let text: { documentId: number };

  const dispatch = () => t.get(CommunicationDispatcher).dispatchDue();
  const send = (body: Record<string, unknown>) =>
    t.http
      .post('/api/v1/communications')
      .set('Authorization', sender.employee.auth)
      .send({ name: `Рассылка ${unique()}`, communicationTypeId: MASS, documentId: text.documentId, ...body })
      .expect(201);
  const communication = async (id: number) =>
    (await t.http.get(`/api/v1/communications/${id}`).set('Authorization', ADMIN_AUTH).expect(200)).body;
  const onlyCommunicationOf = async (mailingId: number) =>
    (await t.http.get('/api/v1/communications').query({ mailingId }).set('Authorization', ADMIN_AUTH).expect(200)).body[0];
  const mailbox = async (recipient: string) =>
    (await t.http.get('/api/v1/dev/mailbox').query({ recipient }).set('Authorization', ADMIN_AUTH).expect(200)).body as {
      channel: string;
      body: string;
      subject: string | null;
      purpose: string;
    }[];

  beforeAll(async () => {
    sms = await startHttpProvider();
    smtp = await startSmtpServer();
    t = await createCommunicationsTestApp({
      clock,
      env: {
        SMS_PROVIDER_URL: `${sms.url}/v1/messages`,
        SMS_PROVIDER_TOKEN: 'sms-token',
        SMTP_URL: smtp.url,
        SMTP_FROM: 'Contactly <no-reply@contactly.test>',
        COMMUNICATIONS_RECEIPT_SECRET: SECRET,
        COMMUNICATIONS_MAX_ATTEMPTS: '3',
        COMMUNICATIONS_RETRY_BASE_MS: String(MINUTE),
        COMMUNICATIONS_PROVIDER_TIMEOUT_MS: '3000',
      },
    });
    sender = await newSendingDepartment(t);
    text = await newDocument(t, { kind: 'template', body: 'Hello {{firstName}}, your plan renews soon.' });
  });
  afterAll(async () => {
    await t.close();
    await sms.close();
    await smtp.close();
  });

  describe('the dispatcher', () => {
    it('sends what is due to the dev mailbox when the channel has no provider, and only what is due', async () => {
      const client = await newReachableClient(t, { firstName: 'Olga' });
      const now = await send({ sendChannelTypeId: MESSENGER, recipients: { clientIds: [client.clientId] } });
      const later = await send({
        sendChannelTypeId: MESSENGER,
        recipients: { clientIds: [client.clientId] },
        schedule: { at: '2026-01-15T10:00:00Z' },
      });
      const report = await dispatch();
      expect(report).toMatchObject({ failed: 0, retried: 0 });
      expect(report.sent).toBeGreaterThanOrEqual(1);
      const row = await onlyCommunicationOf(now.body.mailingId);
      expect(row).toMatchObject({ status: 'sent', attempts: 1, sentTime: '2026-01-15T09:00:00.000+00:00', lastError: null });
      const phone = row.address as string;
      expect(await mailbox(phone)).toEqual([
        expect.objectContaining({ channel: 'messenger', body: 'Hello Olga, your plan renews soon.', purpose: 'communication' }),
      ]);
      expect((await onlyCommunicationOf(later.body.mailingId)).status).toBe('scheduled');
      clock.set('2026-01-15T10:00:00.000Z');
      await dispatch();
      expect((await onlyCommunicationOf(later.body.mailingId)).status).toBe('sent');
      expect(await mailbox(phone)).toHaveLength(2);
      // The local weekday and hour of the send are kept for the statistics (Thursday, 13:00 in Moscow).
      const [stats] = (await t.db.dataSource.query('SELECT sent_weekday AS weekday, sent_hour AS hour FROM communication WHERE id = ?', [
        (await onlyCommunicationOf(later.body.mailingId)).communicationId,
      ])) as { weekday: number; hour: number }[];
      expect({ weekday: Number(stats.weekday), hour: Number(stats.hour) }).toEqual({ weekday: 4, hour: 13 });
      expect(
        (await events(t, 'CommunicationStateChangeEvent')).some(
          (e) => e.communication.communicationId === row.communicationId && e.communication.status === 'sent',
        ),
      ).toBe(true);
      expect(await dispatch()).toEqual({ claimed: 0, sent: 0, retried: 0, failed: 0 });
    });

    it('sends on the Social channel to the client’s account (the dev mailbox when no social provider is set)', async () => {
      const social = await newSendingDepartment(t, { roleSends: pairs([MASS], [SOCIAL]), rule: { allowed: pairs([MASS], [SOCIAL]) } });
      const client = await newReachableClient(t, { firstName: 'Pavel', socialMedia: { telegram: '@pavel_t' } });
      const mailing = await t.http
        .post('/api/v1/communications')
        .set('Authorization', social.employee.auth)
        .send({
          name: `Соцсети ${unique()}`,
          communicationTypeId: MASS,
          sendChannelTypeId: SOCIAL,
          documentId: text.documentId,
          recipients: { clientIds: [client.clientId] },
        })
        .expect(201);
      await dispatch();
      expect(await onlyCommunicationOf(mailing.body.mailingId)).toMatchObject({ status: 'sent', address: 'telegram:@pavel_t' });
      expect(await mailbox('telegram:@pavel_t')).toEqual([
        expect.objectContaining({ channel: 'social', body: 'Hello Pavel, your plan renews soon.' }),
      ]);
    });

    it('sends through the HTTP provider with its token, retries it with backoff while it fails, then sends', async () => {
      const client = await newReachableClient(t, { firstName: 'Ivan' });
      sms.received.length = 0;
      sms.answer({ status: 503, body: { error: 'Gateway in maintenance' } }, { status: 503, body: { error: 'Gateway in maintenance' } });
      const mailing = await send({ sendChannelTypeId: SMS, recipients: { clientIds: [client.clientId] } });
      const id = (await onlyCommunicationOf(mailing.body.mailingId)).communicationId as number;
      expect(await dispatch()).toMatchObject({ sent: 0, retried: 1 });
      expect(await communication(id)).toMatchObject({
        status: 'scheduled',
        attempts: 1,
        lastError: 'http:sms answered 503: Gateway in maintenance',
      });
      expect(sms.received[0]).toMatchObject({
        path: '/v1/messages',
        headers: expect.objectContaining({ authorization: 'Bearer sms-token', 'idempotency-key': `communication-${id}` }),
        body: {
          reference: String(id),
          channel: 'sms',
          to: (await communication(id)).address,
          subject: expect.any(String),
          text: 'Hello Ivan, your plan renews soon.',
        },
      });
      // Not before its backoff: one minute, then two.
      expect((await dispatch()).claimed).toBe(0);
      clock.advance(MINUTE);
      expect(await dispatch()).toMatchObject({ retried: 1 });
      clock.advance(MINUTE);
      expect((await dispatch()).claimed).toBe(0);
      clock.advance(MINUTE);
      expect(await dispatch()).toMatchObject({ sent: 1 });
      expect(await communication(id)).toMatchObject({ status: 'sent', attempts: 3 });
      expect(sms.received).toHaveLength(3);
    });

    it('fails at once with the provider’s reason when it refuses the message, and after the last attempt when it keeps failing', async () => {
      const refused = await newReachableClient(t);
      const flaky = await newReachableClient(t);
      sms.answer({ status: 400, body: { message: 'Invalid destination number' } });
      const first = await send({ sendChannelTypeId: SMS, recipients: { clientIds: [refused.clientId] } });
      expect(await dispatch()).toMatchObject({ failed: 1 });
      const failed = await onlyCommunicationOf(first.body.mailingId);
      expect(failed).toMatchObject({ status: 'failed', attempts: 1, lastError: 'http:sms answered 400: Invalid destination number' });
      expect(
        (await events(t, 'CommunicationStateChangeEvent')).some(
          (e) => e.communication.communicationId === failed.communicationId && e.communication.status === 'failed',
        ),
      ).toBe(true);

      sms.answer(...Array.from({ length: 3 }, () => ({ status: 500, body: { error: 'Internal error' } })));
      const second = await send({ sendChannelTypeId: SMS, recipients: { clientIds: [flaky.clientId] } });
      await dispatch();
      for (let i = 0; i < 2; i += 1) {
        clock.advance(10 * MINUTE);
        await dispatch();
      }
      expect(await onlyCommunicationOf(second.body.mailingId)).toMatchObject({
        status: 'failed',
        attempts: 3,
        lastError: 'http:sms answered 500: Internal error (gave up after 3 attempts)',
      });
    });

    it('retries when the provider hangs up without an answer', async () => {
      const client = await newReachableClient(t);
      sms.answer('hang-up');
      const mailing = await send({ sendChannelTypeId: SMS, recipients: { clientIds: [client.clientId] } });
      expect(await dispatch()).toMatchObject({ retried: 1 });
      expect(await onlyCommunicationOf(mailing.body.mailingId)).toMatchObject({
        status: 'scheduled',
        lastError: expect.stringMatching(/^http:sms unreachable: /),
      });
    });

    it('sends email over SMTP, and fails a message the mail server refuses with its words', async () => {
      const client = await newReachableClient(t, { firstName: 'Nina' });
      const refused = await newReachableClient(t, { email: `reject.${unique()}@example.com` });
      const mailing = await send({
        sendChannelTypeId: EMAIL,
        communicationTypeId: SURVEY,
        recipients: { clientIds: [client.clientId, refused.clientId] },
      });
      smtp.messages.length = 0;
      expect(await dispatch()).toMatchObject({ sent: 1, failed: 1 });
      const rows = (
        await t.http
          .get('/api/v1/communications')
          .query({ mailingId: mailing.body.mailingId, sort: 'communicationId' })
          .set('Authorization', ADMIN_AUTH)
          .expect(200)
      ).body as { clientId: number; status: string; lastError: string | null; address: string; communicationId: number }[];
      const ok = rows.find((r) => r.clientId === client.clientId)!;
      expect(ok.status).toBe('sent');
      expect(rows.find((r) => r.clientId === refused.clientId)).toMatchObject({
        status: 'failed',
        lastError: expect.stringContaining('550 5.1.1 No such mailbox here'),
      });
      expect(smtp.messages).toHaveLength(1);
      expect(smtp.messages[0]).toMatchObject({ from: 'no-reply@contactly.test', to: [ok.address] });
      expect(smtp.messages[0].data).toContain(`X-Contactly-Communication: ${ok.communicationId}`);
      expect(smtp.messages[0].data).toContain('Hello Nina, your plan renews soon.');
    });
  });

  describe('delivery receipts', () => {
    let id: number;
    const receipt = (body: Record<string, unknown>, sign: (raw: string) => string | undefined = (raw) => signReceipt(raw, SECRET)) => {
      const raw = JSON.stringify({ timestamp: clock.now().toISOString(), ...body });
      const request = t.http.post(RECEIPTS).set('Content-Type', 'application/json');
      const signature = sign(raw);
      if (signature !== undefined) request.set('X-Contactly-Signature', signature);
      return request.send(raw);
    };

    beforeAll(async () => {
      const client = await newReachableClient(t);
      const mailing = await send({
        sendChannelTypeId: MESSENGER,
        communicationTypeId: SURVEY,
        recipients: { clientIds: [client.clientId] },
      });
      await dispatch();
      id = (await onlyCommunicationOf(mailing.body.mailingId)).communicationId;
    });

    it('refuses a bad, missing or foreign signature and a replayed timestamp (401), an unknown id (404), changing nothing', async () => {
      const before = await communication(id);
      const bad = await receipt({ communicationId: id, status: 'delivered' }, () => `sha256=${'0'.repeat(64)}`).expect(401);
      expect(bad.body.code).toBe('INVALID_SIGNATURE');
      expect((await receipt({ communicationId: id, status: 'delivered' }, () => undefined).expect(401)).body.code).toBe(
        'INVALID_SIGNATURE',
      );
      await receipt({ communicationId: id, status: 'delivered' }, (raw) => signReceipt(raw, 'another-secret-of-someone')).expect(401);
      // Signed, then changed on the way.
      await receipt({ communicationId: id, status: 'delivered' }, (raw) => signReceipt(raw.replace('delivered', 'read'), SECRET)).expect(
        401,
      );
      expect(
        (
          await receipt({
            communicationId: id,
            status: 'delivered',
            timestamp: new Date(clock.nowMs() - 10 * MINUTE).toISOString(),
          }).expect(401)
        ).body.code,
      ).toBe('RECEIPT_EXPIRED');
      expect((await receipt({ communicationId: 999999, status: 'delivered' }).expect(404)).body.code).toBe('COMMUNICATION_NOT_FOUND');
      await receipt({ communicationId: id, status: 'opened' }).expect(400);
      expect(await communication(id)).toEqual(before);
    });

    it('updates delivered, read and responded (with answers) on a signed receipt; a late one changes nothing', async () => {
      expect((await receipt({ communicationId: id, status: 'delivered' }).expect(200)).body).toEqual({
        communicationId: id,
        status: 'delivered',
        applied: true,
      });
      expect((await receipt({ communicationId: id, status: 'read' }).expect(200)).body).toEqual({
        communicationId: id,
        status: 'read',
        applied: true,
      });
      expect((await receipt({ communicationId: id, status: 'delivered' }).expect(200)).body).toEqual({
        communicationId: id,
        status: 'read',
        applied: false,
      });
      await receipt({ communicationId: id, status: 'responded', answers: { q1: 4 } }).expect(200);
      expect(await communication(id)).toMatchObject({
        status: 'responded',
        answers: { q1: 4 },
        deliveredTime: expect.any(String),
        readTime: expect.any(String),
      });
      expect((await receipt({ communicationId: id, status: 'failed', reason: 'late' }).expect(409)).body).toMatchObject({
        code: 'INVALID_STATE_TRANSITION',
        from: 'responded',
        to: 'failed',
        allowed: [],
        communicationStatus: 'responded',
      });
    });

    it('marks a communication failed with the provider’s reason', async () => {
      const client = await newReachableClient(t);
      const mailing = await send({ sendChannelTypeId: MESSENGER, recipients: { clientIds: [client.clientId] } });
      await dispatch();
      const row = await onlyCommunicationOf(mailing.body.mailingId);
      await receipt({ communicationId: row.communicationId, status: 'failed', reason: 'Subscriber unknown' }).expect(200);
      expect(await communication(row.communicationId)).toMatchObject({ status: 'failed', lastError: 'Subscriber unknown' });
    });
  });

  describe('the Notifier port', () => {
    it('sends one-time codes as transactional communications through the channel’s provider, recorded without their text', async () => {
      const email = `self.${unique()}@example.com`;
      smtp.messages.length = 0;
      const started = await t.http
        .post('/api/v1/self-service/register')
        .send({ givenName: 'Maria', familyName: `Smith${unique()}`, email, phone: '+447700900555', password: 'Correct-Horse-42' })
        .expect(202);
      const message = smtp.messages.find((m) => m.to.includes(email))!;
      const code = /verification code is (\d{6})/.exec(message.data.replace(/=\r?\n/g, ''))![1];
      await t.http.post('/api/v1/self-service/register/verify').send({ registrationId: started.body.registrationId, code }).expect(201);

      const smsStarted = await t.http
        .post('/api/v1/self-service/register')
        .send({
          givenName: 'Ivan',
          familyName: `Petrov${unique()}`,
          email: `sms.${unique()}@example.com`,
          phone: '+447700900556',
          password: 'Correct-Horse-42',
          otpChannel: 'sms',
        })
        .expect(202);
      const smsCode = /verification code is (\d{6})/.exec(sms.received.at(-1)!.body.text)![1];
      expect(sms.received.at(-1)!.body.to).toBe('+447700900556');
      await t.http
        .post('/api/v1/self-service/register/verify')
        .send({ registrationId: smsStarted.body.registrationId, code: smsCode })
        .expect(201);

      const recorded = (
        await t.http.get('/api/v1/communications').query({ name: 'registration-otp' }).set('Authorization', ADMIN_AUTH).expect(200)
      ).body;
      expect(recorded).toHaveLength(2);
      for (const row of recorded)
        expect(row).toMatchObject({ transactional: true, status: 'sent', body: null, mailingId: null, clientId: null, attempts: 1 });
      expect(recorded.map((r: { sendChannelTypeId: number }) => r.sendChannelTypeId).sort()).toEqual([SMS, EMAIL]);
      const stored = (await t.db.dataSource.query('SELECT body FROM communication WHERE transactional = 1')) as { body: string | null }[];
      expect(stored.every((r) => r.body === null)).toBe(true);
      const outbox = JSON.stringify(await t.db.dataSource.query('SELECT payload FROM outbox_event'));
      expect(outbox).not.toContain(code);
      expect(outbox).not.toContain(smsCode);
    });

    it('keeps a one-time code for the dispatcher to retry when the provider fails for now', async () => {
      sms.answer({ status: 503, body: { error: 'busy' } });
      const phone = '+447700900557';
      await t.http
        .post('/api/v1/self-service/register')
        .send({
          givenName: 'Olga',
          familyName: `Ivanova${unique()}`,
          email: `retry.${unique()}@example.com`,
          phone,
          password: 'Correct-Horse-42',
          otpChannel: 'sms',
        })
        .expect(202);
      const [pending] = (
        await t.http
          .get('/api/v1/communications')
          .query({ name: 'registration-otp', status: 'scheduled' })
          .set('Authorization', ADMIN_AUTH)
          .expect(200)
      ).body;
      expect(pending).toMatchObject({ transactional: true, attempts: 1, lastError: 'http:sms answered 503: busy', body: null });
      clock.advance(MINUTE);
      await dispatch();
      expect(await communication(pending.communicationId)).toMatchObject({ status: 'sent', attempts: 2 });
      expect(sms.received.at(-1)!.body).toMatchObject({ to: phone, text: expect.stringMatching(/verification code is \d{6}/) });
    });
  });
});
