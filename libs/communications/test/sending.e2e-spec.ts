import { ManualClock, StateHistoryRepository } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { newSubscriberLogin } from '@contactly/customers/testing';
import { CommunicationDispatcher } from '../src/index.js';
import { createCommunicationsTestApp, newClient, newDepartment, newEmployee, newStaff, unique } from './communications-test-app.js';
import {
  COMMERCIAL_SURVEY,
  EMAIL,
  events,
  MASS,
  MESSENGER,
  newDocument,
  newReachableClient,
  newRule,
  newSenderRole,
  newSendingDepartment,
  pairs,
  PERSONAL,
  PUSH,
  sendingCounts,
  SMS,
  SOCIAL,
  SURVEY,
} from './sending-fixtures.js';

const DOC_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/;

describe('sending communications', () => {
  let t: TestApp;
  // Thursday 15 January 2026, 12:00 in Moscow.
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');
  let sender: Awaited<ReturnType<typeof newSendingDepartment>>;
  let template: { documentId: number };

  const send = (auth: string, body: Record<string, unknown>) => t.http.post('/api/v1/communications').set('Authorization', auth).send(body);
  const communicationsOf = async (mailingId: number) =>
    (
      await t.http
        .get('/api/v1/communications')
        .query({ mailingId, limit: 1000, sort: 'communicationId' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200)
    ).body as {
      communicationId: number;
      name: string;
      clientId: number;
      status: string;
      reason: { code: string; message: string } | null;
      requestedTime: string;
      scheduledTime: string;
      body: string;
      subject: string;
      address: string;
    }[];
  const byClient = async (mailingId: number) => new Map((await communicationsOf(mailingId)).map((c) => [c.clientId, c]));

  beforeAll(async () => {
    t = await createCommunicationsTestApp({ clock });
    sender = await newSendingDepartment(t, {
      roleSends: pairs([MASS, PERSONAL, 3, SURVEY, 6], [SMS, EMAIL, PUSH]),
      rule: { quietHours: { start: '21:00', end: '09:00' }, frequencyCaps: [{ sendChannelTypeId: SMS, period: 'day', maxCount: 1 }] },
    });
    template = await newDocument(t, { subject: '{{firstName}}, вопрос', body: 'Здравствуйте, {{firstName}}! Ваш код: {{offerCode}}.' });
  });
  afterAll(() => t.close());

  describe('a send', () => {
    it('creates a mailing and one scheduled communication per recipient, rendered for each, with events', async () => {
      const a = await newReachableClient(t, { firstName: 'Анна' });
      const b = await newReachableClient(t, { firstName: 'Борис' });
      const res = await send(sender.employee.auth, {
        name: `Опрос ${unique()}`,
        communicationTypeId: SURVEY,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        variables: { offerCode: 'ОБЩИЙ' },
        recipientVariables: { [b.clientId]: { offerCode: 'ЛИЧНЫЙ-Б' } },
        recipients: { clientIds: [a.clientId, b.clientId] },
      }).expect(201);
      expect(res.headers.location).toMatch(new RegExp(`/api/v1/mailings/${res.body.mailingId}$`));
      expect(res.body).toMatchObject({
        communicationTypeId: SURVEY,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        departmentId: sender.department.departmentId,
        sender: { username: sender.employee.username },
        recipients: { kind: 'clientIds', groupId: null, filter: null },
        recipientCount: 2,
        scheduledCount: 2,
        skippedCount: 0,
        movedCount: 0,
        statusCounts: { scheduled: 2 },
        problems: [],
      });
      const rows = await byClient(res.body.mailingId);
      expect(rows.get(a.clientId)).toMatchObject({
        status: 'scheduled',
        reason: null,
        subject: 'Анна, вопрос',
        body: 'Здравствуйте, Анна! Ваш код: ОБЩИЙ.',
        scheduledTime: '2026-01-15T09:00:00.000+00:00',
      });
      expect(rows.get(b.clientId)).toMatchObject({ body: 'Здравствуйте, Борис! Ваш код: ЛИЧНЫЙ-Б.' });
      expect(rows.get(a.clientId)!.address).toMatch(/@example\.com$/);
      const created = (await events(t, 'CommunicationCreateEvent')).filter((e) => e.communication.mailingId === res.body.mailingId);
      expect(created).toHaveLength(2);
      // Events carry who, what and when, never the address or the text.
      expect(JSON.stringify(created)).not.toContain('@example.com');
      expect(JSON.stringify(created)).not.toContain('Здравствуйте');
      expect((await events(t, 'MailingCreateEvent')).some((e) => e.mailing.mailingId === res.body.mailingId)).toBe(true);
      const mailing = await t.http.get(`/api/v1/mailings/${res.body.mailingId}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(mailing.body).toMatchObject({ mailingId: res.body.mailingId, statusCounts: { scheduled: 2 } });
      expect(mailing.body.createTime).toMatch(DOC_TIME);
    });

    it('checks every recipient and records why one is skipped, while the rest go', async () => {
      const other = await newDepartment(t, ADMIN_AUTH);
      const ok = await newReachableClient(t);
      const unavailable = await newReachableClient(t, { available: false });
      const blocked = await newReachableClient(t);
      const booked = await newReachableClient(t);
      const noEmail = await newClient(t, ADMIN_AUTH, { phone: '+79161112233' });
      const noCode = await newReachableClient(t);
      await t.http
        .post('/api/v1/channel_blocks')
        .set('Authorization', ADMIN_AUTH)
        .send({ clientId: blocked.clientId, sendChannelTypeId: EMAIL, reason: 'Просил не писать' })
        .expect(201);
      await t.http
        .post('/api/v1/bookings')
        .set('Authorization', ADMIN_AUTH)
        .send({ clientIds: [booked.clientId], beforeDate: '2026-02-01T00:00:00Z', departmentId: other.departmentId })
        .expect(201);
      const everyone = [ok, unavailable, blocked, booked, noEmail, noCode];
      const res = await send(sender.employee.auth, {
        name: `Проверки ${unique()}`,
        communicationTypeId: PERSONAL,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        recipientVariables: Object.fromEntries(
          everyone.filter((c) => c !== noCode).map((c) => [c.clientId, { offerCode: `K${c.clientId}` }]),
        ),
        recipients: { clientIds: everyone.map((c) => c.clientId) },
      }).expect(201);
      expect(res.body).toMatchObject({
        recipientCount: 6,
        scheduledCount: 1,
        skippedCount: 5,
        skippedByReason: { CLIENT_UNAVAILABLE: 1, CHANNEL_BLOCKED: 1, CLIENT_BOOKED: 1, NO_ADDRESS: 1, MISSING_VARIABLE: 1 },
      });
      const reasons = Object.fromEntries(
        res.body.problems.map((p: { clientId: number; reason: { code: string } }) => [p.clientId, p.reason.code]),
      );
      expect(reasons).toEqual({
        [unavailable.clientId]: 'CLIENT_UNAVAILABLE',
        [blocked.clientId]: 'CHANNEL_BLOCKED',
        [booked.clientId]: 'CLIENT_BOOKED',
        [noEmail.clientId]: 'NO_ADDRESS',
        [noCode.clientId]: 'MISSING_VARIABLE',
      });
      const rows = await byClient(res.body.mailingId);
      expect(rows.get(ok.clientId)).toMatchObject({
        status: 'scheduled',
        reason: null,
        body: `Здравствуйте, Тест! Ваш код: K${ok.clientId}.`,
      });
      expect(rows.get(noCode.clientId)).toMatchObject({
        status: 'skipped',
        reason: { code: 'MISSING_VARIABLE', message: expect.stringContaining('{{offerCode}}') },
      });
      expect(rows.get(booked.clientId)!.reason!.message).toContain(other.name);
      expect(rows.get(blocked.clientId)!.reason!.message).toContain('Просил не писать');
    });

    it('skips everyone when no rule of the department allows the type on the channel', async () => {
      const department = await newDepartment(t, ADMIN_AUTH);
      await newRule(t, department.departmentId, { allowed: pairs([PERSONAL], [EMAIL]) });
      const role = await newSenderRole(t, pairs([MASS], [SMS]));
      const employee = await newEmployee(t, ADMIN_AUTH, department.departmentId, role.name);
      const client = await newReachableClient(t);
      const res = await send(employee.auth, {
        name: `Нельзя ${unique()}`,
        communicationTypeId: MASS,
        sendChannelTypeId: SMS,
        documentId: template.documentId,
        variables: { offerCode: 'X' },
        recipients: { clientIds: [client.clientId] },
      }).expect(201);
      expect(res.body).toMatchObject({ scheduledCount: 0, skippedByReason: { RULE_NOT_ALLOWED: 1 } });
      expect(res.body.problems[0].reason.message).toContain('No active rule');
    });

    it('moves a time in quiet hours (in the client’s zone, else the rule’s) to their end, not dropping it', async () => {
      const moscow = await newReachableClient(t);
      const london = await newReachableClient(t, { timeZone: 'Europe/London' });
      // 19:30 UTC: 22:30 in Moscow (quiet), 19:30 in London (allowed).
      const res = await send(sender.employee.auth, {
        name: `Вечер ${unique()}`,
        communicationTypeId: MASS,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        variables: { offerCode: 'X' },
        recipients: { clientIds: [moscow.clientId, london.clientId] },
        schedule: { at: '2026-01-15T19:30:00Z' },
      }).expect(201);
      expect(res.body).toMatchObject({ scheduledCount: 2, movedCount: 1, skippedCount: 0, scheduledTime: '2026-01-15T19:30:00.000+00:00' });
      const rows = await byClient(res.body.mailingId);
      expect(rows.get(moscow.clientId)).toMatchObject({
        status: 'scheduled',
        requestedTime: '2026-01-15T19:30:00.000+00:00',
        scheduledTime: '2026-01-16T06:00:00.000+00:00',
        reason: { code: 'QUIET_HOURS', message: expect.stringContaining('21:00–09:00') },
      });
      expect(rows.get(london.clientId)).toMatchObject({
        status: 'scheduled',
        scheduledTime: '2026-01-15T19:30:00.000+00:00',
        reason: null,
      });
      expect(res.body.problems).toEqual([
        expect.objectContaining({
          clientId: moscow.clientId,
          status: 'scheduled',
          reason: expect.objectContaining({ code: 'QUIET_HOURS' }),
        }),
      ]);
    });

    it('takes a time per client, the others going at the common time', async () => {
      const a = await newReachableClient(t);
      const b = await newReachableClient(t);
      const res = await send(sender.employee.auth, {
        name: `По графику ${unique()}`,
        communicationTypeId: MASS,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        variables: { offerCode: 'X' },
        recipients: { clientIds: [a.clientId, b.clientId] },
        schedule: { at: '2026-01-16T08:00:00Z', perClient: [{ clientId: b.clientId, at: '2026-01-17T10:00:00Z' }] },
      }).expect(201);
      const rows = await byClient(res.body.mailingId);
      expect(rows.get(a.clientId)!.scheduledTime).toBe('2026-01-16T08:00:00.000+00:00');
      expect(rows.get(b.clientId)!.scheduledTime).toBe('2026-01-17T10:00:00.000+00:00');
    });

    it('applies frequency caps: a second SMS within a day is skipped, one two days later goes', async () => {
      const client = await newReachableClient(t);
      const sms = (at: string) =>
        send(sender.employee.auth, {
          name: `SMS ${unique()}`,
          communicationTypeId: MASS,
          sendChannelTypeId: SMS,
          documentId: template.documentId,
          variables: { offerCode: 'X' },
          recipients: { clientIds: [client.clientId] },
          schedule: { at },
        });
      expect((await sms('2026-01-15T10:00:00Z').expect(201)).body).toMatchObject({ scheduledCount: 1 });
      const second = await sms('2026-01-15T15:00:00Z').expect(201);
      expect(second.body).toMatchObject({ scheduledCount: 0, skippedByReason: { FREQUENCY_CAP: 1 } });
      expect(second.body.problems[0].reason.message).toContain('at most 1 per day');
      expect((await sms('2026-01-17T10:00:00Z').expect(201)).body).toMatchObject({ scheduledCount: 1 });
    });

    it('sends to the clients a filter selects, or to a saved group', async () => {
      const lastName = `Фильтр${unique()}`;
      const a = await newReachableClient(t, { lastName });
      const b = await newReachableClient(t, { lastName, available: false });
      const byFilter = await send(sender.employee.auth, {
        name: `Фильтр ${unique()}`,
        communicationTypeId: MASS,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        variables: { offerCode: 'X' },
        recipients: { filter: { lastName } },
      }).expect(201);
      expect(byFilter.body).toMatchObject({
        recipientCount: 2,
        scheduledCount: 1,
        recipients: { kind: 'filter', filter: { lastName } },
        skippedByReason: { CLIENT_UNAVAILABLE: 1 },
      });
      const onlyAvailable = await send(sender.employee.auth, {
        name: `Фильтр ${unique()}`,
        communicationTypeId: MASS,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        variables: { offerCode: 'X' },
        recipients: { filter: { lastName, available: 'true' } },
      }).expect(201);
      expect([...(await byClient(onlyAvailable.body.mailingId)).keys()]).toEqual([a.clientId]);
      const onlyUnavailable = await send(sender.employee.auth, {
        name: `Фильтр ${unique()}`,
        communicationTypeId: MASS,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        variables: { offerCode: 'X' },
        recipients: { filter: { lastName, available: 'false' } },
      }).expect(201);
      expect(onlyUnavailable.body).toMatchObject({ recipientCount: 1, scheduledCount: 0, skippedByReason: { CLIENT_UNAVAILABLE: 1 } });
      const group = await t.http
        .post('/api/v1/client_groups')
        .set('Authorization', sender.employee.auth)
        .send({ name: `Группа ${unique()}`, clientIds: [a.clientId, b.clientId] })
        .expect(201);
      const byGroup = await send(sender.employee.auth, {
        name: `Группа ${unique()}`,
        communicationTypeId: MASS,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        variables: { offerCode: 'X' },
        recipients: { groupId: group.body.groupId },
      }).expect(201);
      expect(byGroup.body).toMatchObject({ recipientCount: 2, recipients: { kind: 'group', groupId: group.body.groupId } });
      expect([...(await byClient(byGroup.body.mailingId)).keys()].sort()).toEqual([a.clientId, b.clientId].sort());
    });

    it('reaches a client on the Social channel at their first account (alphabetically); one without any is skipped NO_ADDRESS', async () => {
      // The shared sender's rule and role leave Social out: a department whose rule and role allow it.
      const social = await newSendingDepartment(t, { roleSends: pairs([MASS], [SOCIAL]), rule: { allowed: pairs([MASS], [SOCIAL]) } });
      const withAccounts = await newReachableClient(t, { socialMedia: { vk: 'id12345', telegram: '@ivan_petrov' } });
      const without = await newReachableClient(t);
      const res = await send(social.employee.auth, {
        name: `Соцсети ${unique()}`,
        communicationTypeId: MASS,
        sendChannelTypeId: SOCIAL,
        documentId: template.documentId,
        variables: { offerCode: 'SOC' },
        recipients: { clientIds: [withAccounts.clientId, without.clientId] },
      }).expect(201);
      expect(res.body).toMatchObject({ recipientCount: 2, scheduledCount: 1, skippedCount: 1, skippedByReason: { NO_ADDRESS: 1 } });
      const rows = await byClient(res.body.mailingId);
      expect(rows.get(withAccounts.clientId)).toMatchObject({
        status: 'scheduled',
        reason: null,
        address: 'telegram:@ivan_petrov',
        body: 'Здравствуйте, Тест! Ваш код: SOC.',
      });
      expect(rows.get(without.clientId)).toMatchObject({
        status: 'skipped',
        reason: { code: 'NO_ADDRESS', message: `Client ${without.clientId} has no social-media account for Social` },
      });
      // The client × channel check agrees with the send.
      const check = (clientId: number) =>
        t.http
          .get(`/api/v1/clients/${clientId}/availability/check`)
          .query({ sendChannelTypeId: SOCIAL, communicationTypeId: MASS })
          .set('Authorization', social.employee.auth)
          .expect(200);
      expect((await check(withAccounts.clientId)).body).toMatchObject({ available: true, reasons: [] });
      expect((await check(without.clientId)).body).toMatchObject({ available: false, reasons: [{ code: 'NO_ADDRESS' }] });
    });

    it('replays the first answer for the same Idempotency-Key; the same key with another body is 422', async () => {
      const client = await newReachableClient(t);
      const key = `send-${unique()}`;
      const body = {
        name: `Повтор ${unique()}`,
        communicationTypeId: MASS,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        variables: { offerCode: 'X' },
        recipients: { clientIds: [client.clientId] },
      };
      const first = await send(sender.employee.auth, body).set('Idempotency-Key', key).expect(201);
      const before = await sendingCounts(t);
      const again = await send(sender.employee.auth, body).set('Idempotency-Key', key).expect(201);
      expect(again.body.mailingId).toBe(first.body.mailingId);
      expect(again.headers.location).toBe(first.headers.location);
      expect(await sendingCounts(t)).toEqual(before);
      expect(
        (
          await send(sender.employee.auth, { ...body, name: 'Другое' })
            .set('Idempotency-Key', key)
            .expect(422)
        ).body.code,
      ).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await sendingCounts(t)).toEqual(before);
    });
  });

  it('keeps what its communications use: their type, channel, document and department are not deleted (409)', async () => {
    const client = await newReachableClient(t);
    const type = (
      await t.http
        .post('/api/v1/communication_types')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Тип ${unique()}`, description: 'Для проверки' })
        .expect(201)
    ).body;
    const channel = (
      await t.http
        .post('/api/v1/send_channel_types')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Канал ${unique()}`, description: 'Для проверки', kind: 'email' })
        .expect(201)
    ).body;
    const document = await newDocument(t, { kind: 'text', body: 'Проверка' });
    const department = await newDepartment(t, ADMIN_AUTH);
    await send(ADMIN_AUTH, {
      name: `Ссылки ${unique()}`,
      communicationTypeId: type.communicationTypeId,
      sendChannelTypeId: channel.sendChannelTypeId,
      documentId: document.documentId,
      departmentId: department.departmentId,
      recipients: { clientIds: [client.clientId] },
    }).expect(201);
    const before = await sendingCounts(t);
    expect(
      (await t.http.delete(`/api/v1/communication_types/${type.communicationTypeId}`).set('Authorization', ADMIN_AUTH).expect(409)).body,
    ).toMatchObject({ code: 'COMMUNICATION_TYPE_IN_USE', usage: { 'communication(s)': 1 } });
    expect(
      (await t.http.delete(`/api/v1/send_channel_types/${channel.sendChannelTypeId}`).set('Authorization', ADMIN_AUTH).expect(409)).body,
    ).toMatchObject({ code: 'SEND_CHANNEL_TYPE_IN_USE', usage: { 'communication(s)': 1 } });
    expect(
      (await t.http.delete(`/api/v1/documents/${document.documentId}`).set('Authorization', ADMIN_AUTH).expect(409)).body,
    ).toMatchObject({ code: 'DOCUMENT_IN_USE', usage: { 'mailing(s)': 1 } });
    expect(
      (await t.http.delete(`/api/v1/departments/${department.departmentId}`).set('Authorization', ADMIN_AUTH).expect(409)).body,
    ).toMatchObject({ code: 'DEPARTMENT_IN_USE', usage: { 'mailing(s)': 1 } });
    expect(await sendingCounts(t)).toEqual(before);
  });

  describe('refusals: a clear 4xx and nothing written', () => {
    let client: { clientId: number };
    const valid = () => ({
      name: `Отказ ${unique()}`,
      communicationTypeId: MASS,
      sendChannelTypeId: EMAIL,
      documentId: template.documentId,
      variables: { offerCode: 'X' },
      recipients: { clientIds: [client.clientId] },
    });
    const refused = async (auth: string, body: Record<string, unknown>, status: number, code: string, field?: string) => {
      const before = await sendingCounts(t);
      const res = await send(auth, body).expect(status);
      expect(res.body.code).toBe(code);
      if (field) expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await sendingCounts(t)).toEqual(before);
      return res;
    };

    beforeAll(async () => {
      client = await newReachableClient(t);
    });

    it('refuses unknown types, channels, documents, departments, clients and groups (422)', async () => {
      await refused(
        sender.employee.auth,
        { ...valid(), communicationTypeId: 999 },
        422,
        'COMMUNICATION_TYPE_NOT_FOUND',
        'communicationTypeId',
      );
      await refused(sender.employee.auth, { ...valid(), sendChannelTypeId: 999 }, 422, 'SEND_CHANNEL_TYPE_NOT_FOUND', 'sendChannelTypeId');
      await refused(sender.employee.auth, { ...valid(), documentId: 999999 }, 422, 'DOCUMENT_NOT_FOUND', 'documentId');
      await refused(ADMIN_AUTH, { ...valid(), departmentId: 999999 }, 422, 'DEPARTMENT_NOT_FOUND', 'departmentId');
      const res = await refused(
        sender.employee.auth,
        { ...valid(), recipients: { clientIds: [client.clientId, 999998, 999999] } },
        422,
        'CLIENT_NOT_FOUND',
        'recipients.clientIds',
      );
      expect(res.body.message).toContain('999998, 999999');
      await refused(
        sender.employee.auth,
        { ...valid(), recipients: { groupId: 999999 } },
        422,
        'CLIENT_GROUP_NOT_FOUND',
        'recipients.groupId',
      );
      await refused(sender.employee.auth, { ...valid(), recipients: { filter: { lastName: `Никого${unique()}` } } }, 422, 'NO_RECIPIENTS');
      await refused(ADMIN_AUTH, valid(), 422, 'DEPARTMENT_REQUIRED', 'departmentId');
      await refused(
        sender.employee.auth,
        { ...valid(), schedule: { perClient: [{ clientId: 999999, at: '2026-01-16T10:00:00Z' }] } },
        422,
        'NOT_A_RECIPIENT',
        'schedule.perClient[0].clientId',
      );
    });

    it('refuses a schedule in the past (400), common or per client', async () => {
      await refused(sender.employee.auth, { ...valid(), schedule: { at: '2026-01-15T08:00:00Z' } }, 400, 'SCHEDULE_IN_PAST', 'schedule.at');
      await refused(
        sender.employee.auth,
        { ...valid(), schedule: { perClient: [{ clientId: client.clientId, at: '2025-12-31T00:00:00Z' }] } },
        400,
        'SCHEDULE_IN_PAST',
        'schedule.perClient[0].at',
      );
      await refused(sender.employee.auth, { ...valid(), schedule: { at: 'завтра' } }, 400, 'VALIDATION_FAILED', 'schedule.at');
    });

    it('refuses malformed recipients and values (400)', async () => {
      await refused(
        sender.employee.auth,
        { ...valid(), recipients: { clientIds: [client.clientId], groupId: 1 } },
        400,
        'VALIDATION_FAILED',
        'recipients',
      );
      await refused(sender.employee.auth, { ...valid(), recipients: {} }, 400, 'VALIDATION_FAILED', 'recipients');
      await refused(sender.employee.auth, { ...valid(), recipients: { clientIds: [] } }, 400, 'VALIDATION_FAILED');
      await refused(
        sender.employee.auth,
        { ...valid(), recipients: { filter: { firstName: 'Анна' } } },
        400,
        'VALIDATION_FAILED',
        'recipients.filter.firstName',
      );
      await refused(
        sender.employee.auth,
        { ...valid(), recipients: { filter: { limit: '5' } } },
        400,
        'VALIDATION_FAILED',
        'recipients.filter.limit',
      );
      await refused(
        sender.employee.auth,
        { ...valid(), variables: { offerCode: { nested: true } } },
        400,
        'VALIDATION_FAILED',
        'variables.offerCode',
      );
      await refused(
        sender.employee.auth,
        { ...valid(), recipientVariables: { abc: { offerCode: 'X' } } },
        400,
        'VALIDATION_FAILED',
        'recipientVariables.abc',
      );
      await refused(
        sender.employee.auth,
        { ...valid(), variables: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`v${i}`, 'x'])) },
        400,
        'VALIDATION_FAILED',
        'variables',
      );
      await refused(sender.employee.auth, { ...valid(), name: '' }, 400, 'VALIDATION_FAILED', 'name');
      await refused(sender.employee.auth, { ...valid(), unexpected: 1 }, 400, 'VALIDATION_FAILED', 'unexpected');
    });

    it('refuses a type or channel the sender’s role does not allow, another department, and non-employees (403)', async () => {
      await refused(sender.employee.auth, { ...valid(), sendChannelTypeId: MESSENGER }, 403, 'TYPE_CHANNEL_NOT_PERMITTED');
      await refused(sender.employee.auth, { ...valid(), communicationTypeId: COMMERCIAL_SURVEY }, 403, 'TYPE_CHANNEL_NOT_PERMITTED');
      const other = await newDepartment(t, ADMIN_AUTH);
      await refused(sender.employee.auth, { ...valid(), departmentId: other.departmentId }, 403, 'FOREIGN_DEPARTMENT');
      const outsider = await newStaff(t, ['marketer']);
      await refused(outsider.auth, valid(), 403, 'NOT_AN_EMPLOYEE');
      const reader = await newStaff(t, ['agent']);
      await refused(reader.auth, valid(), 403, 'PERMISSION_DENIED');
      // An administrator acts for any department, within no role's type × channel list.
      const res = await send(ADMIN_AUTH, { ...valid(), departmentId: other.departmentId, sendChannelTypeId: EMAIL }).expect(201);
      expect(res.body).toMatchObject({ departmentId: other.departmentId, skippedByReason: { RULE_NOT_ALLOWED: 1 } });
    });

    it('refuses a disabled channel (422)', async () => {
      const channel = (
        await t.http
          .post('/api/v1/send_channel_types')
          .set('Authorization', ADMIN_AUTH)
          .send({ name: `Канал ${unique()}`, description: 'Выключенный', kind: 'sms', enabled: false })
          .expect(201)
      ).body;
      await refused(
        ADMIN_AUTH,
        { ...valid(), departmentId: sender.department.departmentId, sendChannelTypeId: channel.sendChannelTypeId },
        422,
        'SEND_CHANNEL_DISABLED',
        'sendChannelTypeId',
      );
    });
  });

  describe('reading, cancelling and updating statuses', () => {
    let mailingId: number;
    let clients: { clientId: number }[];

    beforeAll(async () => {
      clients = [await newReachableClient(t), await newReachableClient(t), await newReachableClient(t, { available: false })];
      const res = await send(sender.employee.auth, {
        name: `Чтение ${unique()}`,
        communicationTypeId: SURVEY,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        variables: { offerCode: 'X' },
        recipients: { clientIds: clients.map((c) => c.clientId) },
      }).expect(201);
      mailingId = res.body.mailingId;
    });

    it('lists by type, client, status, department and mailing; gets one by id or by a unique name', async () => {
      const all = await communicationsOf(mailingId);
      const list = (query: Record<string, string | number>) =>
        t.http
          .get('/api/v1/communications')
          .query({ mailingId, ...query })
          .set('Authorization', ADMIN_AUTH)
          .expect(200);
      expect((await list({ status: 'skipped' })).body.map((c: { clientId: number }) => c.clientId)).toEqual([clients[2].clientId]);
      expect((await list({ clientId: clients[0].clientId })).body).toHaveLength(1);
      expect((await list({ communicationTypeId: SURVEY })).headers['x-total-count']).toBe('3');
      expect((await list({ communicationTypeId: MASS })).headers['x-total-count']).toBe('0');
      expect((await list({ departmentId: sender.department.departmentId, fields: 'communicationId,status' })).body[0]).toEqual({
        communicationId: expect.any(Number),
        status: expect.any(String),
      });
      expect(
        (await t.http.get('/api/v1/communications').query({ clientId: clients[1].clientId }).set('Authorization', ADMIN_AUTH).expect(200))
          .body,
      ).toHaveLength(1);
      await t.http.get('/api/v1/communications').query({ status: 'lost' }).set('Authorization', ADMIN_AUTH).expect(400);
      await t.http.get('/api/v1/communications').query({ sort: 'status' }).set('Authorization', ADMIN_AUTH).expect(400);
      const one = await t.http.get(`/api/v1/communications/${all[0].communicationId}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(one.body).toMatchObject({ communicationId: all[0].communicationId, mailingId, status: 'scheduled' });
      expect(one.headers.etag).toBeDefined();
      const mailingName = (await t.http.get(`/api/v1/mailings/${mailingId}`).set('Authorization', ADMIN_AUTH).expect(200)).body
        .name as string;
      expect(
        (
          await t.http
            .get(`/api/v1/communications/${encodeURIComponent(mailingName)}`)
            .set('Authorization', ADMIN_AUTH)
            .expect(409)
        ).body.code,
      ).toBe('COMMUNICATION_NAME_AMBIGUOUS');
      expect(
        (
          await t.http
            .get(`/api/v1/mailings/${encodeURIComponent(mailingName)}`)
            .set('Authorization', ADMIN_AUTH)
            .expect(200)
        ).body.mailingId,
      ).toBe(mailingId);
      const single = await send(sender.employee.auth, {
        name: `Одна ${unique()}`,
        communicationTypeId: MASS,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        variables: { offerCode: 'X' },
        recipients: { clientIds: [clients[0].clientId] },
      }).expect(201);
      const byName = await t.http
        .get(`/api/v1/communications/${encodeURIComponent(single.body.name)}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(byName.body.mailingId).toBe(single.body.mailingId);
      await t.http.get('/api/v1/communications/999999').set('Authorization', ADMIN_AUTH).expect(404);
      await t.http
        .get(`/api/v1/communications/${encodeURIComponent('Нет такой')}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(404);
    });

    it('cancels a scheduled communication on DELETE; sent or skipped history stays (409)', async () => {
      const rows = await communicationsOf(mailingId);
      const [scheduled] = rows.filter((c) => c.status === 'scheduled');
      const skipped = rows.find((c) => c.status === 'skipped')!;
      await t.http.delete(`/api/v1/communications/${scheduled.communicationId}`).set('Authorization', sender.employee.auth).expect(204);
      expect(
        (await t.http.get(`/api/v1/communications/${scheduled.communicationId}`).set('Authorization', ADMIN_AUTH).expect(200)).body.status,
      ).toBe('cancelled');
      await t.http.delete(`/api/v1/communications/${scheduled.communicationId}`).set('Authorization', sender.employee.auth).expect(204);
      expect(
        (await events(t, 'CommunicationStateChangeEvent')).some(
          (e) => e.communication.communicationId === scheduled.communicationId && e.communication.status === 'cancelled',
        ),
      ).toBe(true);
      const stranger = await newSendingDepartment(t);
      const before = await sendingCounts(t);
      // The error shape's own `status` is the HTTP status; the communication's is `from`.
      expect(
        (await t.http.delete(`/api/v1/communications/${skipped.communicationId}`).set('Authorization', sender.employee.auth).expect(409))
          .body,
      ).toMatchObject({
        '@type': 'Error',
        code: 'INVALID_STATE_TRANSITION',
        status: '409',
        from: 'skipped',
        to: 'cancelled',
        allowed: [],
        communicationStatus: 'skipped',
      });
      const left = rows.find((c) => c.status === 'scheduled' && c.communicationId !== scheduled.communicationId)!;
      expect(
        (await t.http.delete(`/api/v1/communications/${left.communicationId}`).set('Authorization', stranger.employee.auth).expect(403))
          .body.code,
      ).toBe('FOREIGN_DEPARTMENT');
      await t.http.delete('/api/v1/communications/999999').set('Authorization', sender.employee.auth).expect(404);
      expect(await sendingCounts(t)).toEqual(before);
    });

    it('cancels what is still scheduled of a mailing', async () => {
      const a = await newReachableClient(t);
      const res = await send(sender.employee.auth, {
        name: `Отмена ${unique()}`,
        communicationTypeId: MASS,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        variables: { offerCode: 'X' },
        recipients: { clientIds: [a.clientId] },
        schedule: { at: '2026-01-20T10:00:00Z' },
      }).expect(201);
      await t.http.delete(`/api/v1/mailings/${res.body.mailingId}`).set('Authorization', sender.employee.auth).expect(204);
      expect(
        (await t.http.get(`/api/v1/mailings/${res.body.mailingId}`).set('Authorization', ADMIN_AUTH).expect(200)).body.statusCounts,
      ).toEqual({ cancelled: 1 });
      const [row] = await communicationsOf(res.body.mailingId);
      expect(
        (await t.get(StateHistoryRepository).historyOf('communication', row.communicationId)).map((h) => [
          h.fromState,
          h.toState,
          h.reason,
        ]),
      ).toEqual([['scheduled', 'cancelled', `mailing ${res.body.mailingId} cancelled`]]);
    });

    it('updates the status of one communication by the machine: delivered, read, responded with answers', async () => {
      const client = await newReachableClient(t);
      const res = await send(sender.employee.auth, {
        name: `Статус ${unique()}`,
        communicationTypeId: SURVEY,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        variables: { offerCode: 'X' },
        recipients: { clientIds: [client.clientId] },
      }).expect(201);
      const [row] = await communicationsOf(res.body.mailingId);
      const patch = (body: Record<string, unknown>, auth = sender.employee.auth) =>
        t.http.patch(`/api/v1/communications/${row.communicationId}/status`).set('Authorization', auth).send(body);
      const before = await sendingCounts(t);
      expect((await patch({ status: 'delivered' }).expect(409)).body).toMatchObject({
        '@type': 'Error',
        code: 'INVALID_STATE_TRANSITION',
        status: '409',
        message: `Communication ${row.communicationId} is scheduled: it cannot become delivered (from scheduled it can become sending or cancelled)`,
        process: 'communication',
        resourceId: String(row.communicationId),
        from: 'scheduled',
        to: 'delivered',
        allowed: ['sending', 'cancelled'],
      });
      await patch({ status: 'lost' }).expect(400);
      expect(await sendingCounts(t)).toEqual(before);
      expect((await t.get(CommunicationDispatcher).dispatchDue()).sent).toBeGreaterThanOrEqual(1);
      const delivered = await patch({ status: 'delivered' }).expect(200);
      expect(delivered.body).toMatchObject({ status: 'delivered', deliveredTime: '2026-01-15T09:00:00.000+00:00' });
      // The dispatcher's send and the employee's report, each in the history, each with its state change event.
      expect(
        (await t.get(StateHistoryRepository).historyOf('communication', row.communicationId)).map((h) => ({
          from: h.fromState,
          to: h.toState,
          by: h.actorName,
          at: h.occurredAt.toISOString(),
        })),
      ).toEqual([
        { from: 'sending', to: 'sent', by: 'dispatcher', at: '2026-01-15T09:00:00.000Z' },
        { from: 'sent', to: 'delivered', by: sender.employee.username, at: '2026-01-15T09:00:00.000Z' },
      ]);
      const changes = (await events(t, 'CommunicationStateChangeEvent'))
        .filter((e) => e.communication.communicationId === row.communicationId)
        .map((e) => e.communication.status);
      expect(changes).toEqual(['sent', 'delivered']);
      await patch({ status: 'read' }).set('If-Match', '"1"').expect(412);
      await patch({ status: 'read' }).set('If-Match', delivered.headers.etag).expect(200);
      const answered = await patch({ status: 'responded', answers: { q1: 5, q2: 'Быстрый интернет' } }).expect(200);
      expect(answered.body).toMatchObject({
        status: 'responded',
        answers: { q1: 5, q2: 'Быстрый интернет' },
        respondedTime: expect.stringMatching(DOC_TIME),
      });
      // A status already passed changes nothing.
      expect((await patch({ status: 'delivered' }).expect(200)).body.version).toBe(answered.body.version);
      // The client shows its latest communication, in the document's key.
      const shown = await t.http.get(`/api/v1/clients/${client.clientId}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(shown.body.communication).toEqual({
        communicationId: row.communicationId,
        name: row.name,
        communicationTypeId: SURVEY,
        sendChannelTypeId: EMAIL,
        status: 'responded',
        statusTime: expect.stringMatching(DOC_TIME),
      });
      const listed = await t.http
        .get('/api/v1/clients')
        .query({ 'clientId.gte': client.clientId, limit: 1, sort: 'clientId' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(listed.body[0].communication).toMatchObject({ communicationId: row.communicationId, status: 'responded' });
      expect(
        (await events(t, 'CommunicationStateChangeEvent'))
          .filter((e) => e.communication.communicationId === row.communicationId)
          .map((e) => e.communication.status),
      ).toEqual(['sent', 'delivered', 'read', 'responded']);
      const audit = await t.http
        .get('/api/v1/audit')
        .query({ resourceType: 'communication', resourceId: String(row.communicationId) })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(audit.body.length).toBeGreaterThanOrEqual(3);
    });

    it('updates the statuses of all, a department’s, a client’s or a group’s communications', async () => {
      const { department, employee } = await newSendingDepartment(t);
      const a = await newReachableClient(t);
      const b = await newReachableClient(t);
      const mail = (clientIds: number[]) =>
        send(employee.auth, {
          name: `Пачка ${unique()}`,
          communicationTypeId: MASS,
          sendChannelTypeId: EMAIL,
          documentId: template.documentId,
          variables: { offerCode: 'X' },
          recipients: { clientIds },
        }).expect(201);
      const first = await mail([a.clientId, b.clientId]);
      await t.get(CommunicationDispatcher).dispatchDue();
      const bulk = (body: Record<string, unknown>, auth = employee.auth) =>
        t.http.post('/api/v1/communications/status').set('Authorization', auth).send(body);
      expect((await bulk({ status: 'delivered', clientIds: [a.clientId] }).expect(200)).body).toMatchObject({
        status: 'delivered',
        updated: 1,
      });
      const group = await t.http
        .post('/api/v1/client_groups')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Статусы ${unique()}`, clientIds: [b.clientId] })
        .expect(201);
      expect((await bulk({ status: 'ignored', groupId: group.body.groupId }).expect(200)).body).toMatchObject({ updated: 1 });
      expect((await bulk({ status: 'read', departmentId: department.departmentId }).expect(200)).body).toMatchObject({
        updated: 1,
        unchanged: 1,
      });
      expect((await bulk({ status: 'responded', all: true }).expect(200)).body.updated).toBe(2);
      const rows = await communicationsOf(first.body.mailingId);
      expect(rows.map((c) => c.status)).toEqual(['responded', 'responded']);
      // Each row of a bulk move is in the history, from the status it left.
      const history = async (id: number) =>
        (await t.get(StateHistoryRepository).historyOf('communication', id)).map((h) => `${h.fromState}→${h.toState}`);
      expect((await Promise.all(rows.map((c) => history(c.communicationId)))).sort()).toEqual([
        ['sending→sent', 'sent→delivered', 'delivered→read', 'read→responded'],
        ['sending→sent', 'sent→ignored', 'ignored→responded'],
      ]);
      // Refusals change nothing.
      const reader = await newStaff(t, ['agent']);
      const before = await sendingCounts(t);
      expect((await bulk({ status: 'read' }).expect(400)).body.code).toBe('SELECTION_REQUIRED');
      expect((await bulk({ status: 'read', all: true, clientIds: [a.clientId] }).expect(400)).body.code).toBe('SELECTION_REQUIRED');
      expect((await bulk({ status: 'read', departmentId: sender.department.departmentId }).expect(403)).body.code).toBe(
        'FOREIGN_DEPARTMENT',
      );
      expect((await bulk({ status: 'read', departmentId: 999999 }).expect(422)).body.code).toBe('DEPARTMENT_NOT_FOUND');
      expect((await bulk({ status: 'read', groupId: 999999 }).expect(422)).body.code).toBe('CLIENT_GROUP_NOT_FOUND');
      await bulk({ status: 'sent', all: true }).expect(400);
      await bulk({ status: 'read', all: true }, reader.auth).expect(403);
      expect(await sendingCounts(t)).toEqual(before);
    });
  });

  describe('a subscriber', () => {
    it('sees only their own communications (another’s reads as 404) and reports reading and answers', async () => {
      const mine = await newReachableClient(t);
      const theirs = await newReachableClient(t);
      const res = await send(sender.employee.auth, {
        name: `Мои ${unique()}`,
        communicationTypeId: SURVEY,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        variables: { offerCode: 'X' },
        recipients: { clientIds: [mine.clientId, theirs.clientId] },
      }).expect(201);
      await t.get(CommunicationDispatcher).dispatchDue();
      const rows = await byClient(res.body.mailingId);
      const login = await newSubscriberLogin(t, mine.clientId);
      const list = await t.http.get('/api/v1/communications').set('Authorization', login.auth).expect(200);
      expect(list.body.map((c: { clientId: number }) => c.clientId)).toEqual([mine.clientId]);
      expect(list.headers['x-total-count']).toBe('1');
      expect(
        (await t.http.get('/api/v1/communications').query({ clientId: theirs.clientId }).set('Authorization', login.auth).expect(200)).body,
      ).toEqual([]);
      const own = rows.get(mine.clientId)!;
      const other = rows.get(theirs.clientId)!;
      await t.http.get(`/api/v1/communications/${own.communicationId}`).set('Authorization', login.auth).expect(200);
      await t.http.get(`/api/v1/communications/${other.communicationId}`).set('Authorization', login.auth).expect(404);
      await t.http
        .patch(`/api/v1/communications/${other.communicationId}/status`)
        .set('Authorization', login.auth)
        .send({ status: 'read' })
        .expect(404);
      expect(
        (
          await t.http
            .patch(`/api/v1/communications/${own.communicationId}/status`)
            .set('Authorization', login.auth)
            .send({ status: 'delivered' })
            .expect(403)
        ).body.code,
      ).toBe('STATUS_NOT_SELF_REPORTABLE');
      const answered = await t.http
        .patch(`/api/v1/communications/${own.communicationId}/status`)
        .set('Authorization', login.auth)
        .send({ status: 'responded', answers: { q1: 'Да' } })
        .expect(200);
      expect(answered.body).toMatchObject({ status: 'responded', answers: { q1: 'Да' } });
      await send(login.auth, {
        name: 'Нельзя',
        communicationTypeId: MASS,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        recipients: { clientIds: [mine.clientId] },
      }).expect(403);
      await t.http.get('/api/v1/mailings').set('Authorization', login.auth).expect(403);
      await t.http.delete(`/api/v1/communications/${own.communicationId}`).set('Authorization', login.auth).expect(403);
    });
  });
});
