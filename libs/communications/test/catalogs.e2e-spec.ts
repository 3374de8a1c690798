import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCommunicationsTestApp, newClient, newDepartment, newStaff, unique } from './communications-test-app.js';

const TYPES = '/api/v1/communication_types';
const CHANNELS = '/api/v1/send_channel_types';
const STATUSES = '/api/v1/booking_status_types';

/** The six types exactly as communications-platform.ru.txt writes them. */
const DOCUMENT_TYPES = [
  { communicationTypeId: 1, name: 'Массовая коммуникация', description: 'Используется для массовой коммуникации с клиентами' },
  { communicationTypeId: 2, name: 'Персональная коммуникация', description: 'Используется для персональной коммуникации с клиентом' },
  { communicationTypeId: 3, name: 'Информационная коммуникация', description: 'Используется для информирования клиентов' },
  { communicationTypeId: 4, name: 'Опрос', description: 'Используется для опроса настроений клиента' },
  { communicationTypeId: 5, name: 'Коммерческий опрос', description: 'Используется для опроса настроений клиента с коммерческой целью' },
  { communicationTypeId: 6, name: 'Сервисная коммуникация', description: 'Используется для сервисной коммуникации с клиентами' },
];

describe('communication types, channels and booking status types', () => {
  let t: TestApp;
  const events = async (type: string) =>
    (await t.db.dataSource.query('SELECT payload FROM outbox_event WHERE event_type = ?', [type])) as { payload: string }[];
  const count = async (table: string) =>
    Number(((await t.db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: number | string }[])[0].n);

  beforeAll(async () => {
    t = await createCommunicationsTestApp();
  });
  afterAll(() => t.close());

  describe('the document’s endpoints', () => {
    it('GET /communication_types answers the six seeded types with exactly the document’s keys and text', async () => {
      const res = await t.http.get(TYPES).set('Authorization', ADMIN_AUTH).expect(200);
      expect(res.body).toEqual(DOCUMENT_TYPES);
      for (const item of res.body) {
        expect(Object.keys(item)).toEqual(['communicationTypeId', 'name', 'description']);
        expect(typeof item.communicationTypeId).toBe('number');
      }
      expect(res.headers['x-total-count']).toBe('6');
    });

    it('GET /send_channel_types answers SMS, Messenger, Email, Push with the document’s ids and keys, and Social', async () => {
      const res = await t.http.get(CHANNELS).set('Authorization', ADMIN_AUTH).expect(200);
      expect(res.body.slice(0, 4)).toEqual([
        { sendChannelTypeId: 1, name: 'SMS', description: 'Отправка короткого текстового сообщения на телефон клиента' },
        { sendChannelTypeId: 2, name: 'Messenger', description: 'Отправка короткого текстового сообщение в Messenger клиента' },
        { sendChannelTypeId: 3, name: 'Email', description: 'Отправка электронного письма' },
        { sendChannelTypeId: 4, name: 'Push', description: 'Отправка PUSH сообщения' },
      ]);
      expect(res.body[4]).toMatchObject({ sendChannelTypeId: 5, name: 'Social' });
      for (const item of res.body) expect(Object.keys(item)).toEqual(['sendChannelTypeId', 'name', 'description']);
    });

    it('seeds the booking status «Забронирован» with the document’s description', async () => {
      const res = await t.http
        .get(`${STATUSES}/${encodeURIComponent('Забронирован')}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(res.body).toMatchObject({
        bookingStatusTypeId: 1,
        name: 'Забронирован',
        description: 'Забронирован на весь лимит времени.',
        holdsClient: true,
      });
      const list = await t.http.get(STATUSES).set('Authorization', ADMIN_AUTH).expect(200);
      expect(Object.keys(list.body[0])).toEqual(['bookingStatusTypeId', 'name', 'description']);
    });
  });

  describe('CRUD with the list conventions', () => {
    it('adds, reads by id and by name, lists, updates with If-Match and deletes a type; Russian round-trips', async () => {
      const name = `Напоминание «${unique()}» ёЁ 🚀`;
      const created = await t.http
        .post(TYPES)
        .set('Authorization', ADMIN_AUTH)
        .send({ name, description: 'Используется для напоминаний — «кавычки»' })
        .expect(201);
      expect(created.headers.location).toMatch(new RegExp(`${TYPES}/${created.body.communicationTypeId}$`));
      expect(created.headers.etag).toBe('"1"');
      expect(created.body).toMatchObject({ name, description: 'Используется для напоминаний — «кавычки»', version: 1 });
      expect(created.body.createTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
      const id = created.body.communicationTypeId as number;

      const byId = await t.http.get(`${TYPES}/${id}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(byId.body.name).toBe(name);
      const byName = await t.http
        .get(`${TYPES}/${encodeURIComponent(name.toUpperCase())}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(byName.body.communicationTypeId).toBe(id);

      const filtered = await t.http
        .get(TYPES)
        .query({ name, fields: 'communicationTypeId,name,version' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(filtered.body).toEqual([{ communicationTypeId: id, name, version: 1 }]);
      const page = await t.http
        .get(TYPES)
        .query({ sort: '-communicationTypeId', limit: 2, offset: 0 })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(page.headers['x-total-count']).toBe('7');
      expect(page.headers['x-result-count']).toBe('2');
      expect(page.body[0].communicationTypeId).toBe(id);
      await t.http.get(TYPES).query({ bogus: '1' }).set('Authorization', ADMIN_AUTH).expect(400);

      await t.http
        .patch(`${TYPES}/${id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', '"7"')
        .send({ description: 'stale' })
        .expect(412);
      const updated = await t.http
        .patch(`${TYPES}/${id}`)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', created.headers.etag)
        .set('Content-Type', 'application/merge-patch+json')
        .send(JSON.stringify({ description: 'Новое описание' }))
        .expect(200);
      expect(updated.body).toMatchObject({ name, description: 'Новое описание', version: 2 });
      expect(
        (await events('CommunicationTypeAttributeValueChangeEvent')).some(
          (e) => JSON.parse(e.payload).communicationType.communicationTypeId === id,
        ),
      ).toBe(true);

      await t.http.delete(`${TYPES}/${id}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.get(`${TYPES}/${id}`).set('Authorization', ADMIN_AUTH).expect(404);
      expect((await events('CommunicationTypeDeleteEvent')).length).toBe(1);
      const audit = (await t.db.dataSource.query('SELECT action FROM audit_entry WHERE resource_type = ? AND resource_id = ? ORDER BY id', [
        'communicationType',
        String(id),
      ])) as { action: string }[];
      expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    });

    it('edits a seeded type and keeps its id', async () => {
      const res = await t.http
        .patch(`${TYPES}/4`)
        .set('Authorization', ADMIN_AUTH)
        .send({ description: 'Используется для опроса настроений клиента (изменено)' })
        .expect(200);
      expect(res.body).toMatchObject({ communicationTypeId: 4, name: 'Опрос' });
      await t.http
        .patch(`${TYPES}/4`)
        .set('Authorization', ADMIN_AUTH)
        .send({ description: 'Используется для опроса настроений клиента' })
        .expect(200);
    });

    it('refuses a duplicate type or channel name, ignoring case and blanks (409), and writes nothing', async () => {
      const types = await count('communication_type');
      const dupType = await t.http.post(TYPES).set('Authorization', ADMIN_AUTH).send({ name: '  опрос ' }).expect(409);
      expect(dupType.body.code).toBe('COMMUNICATION_TYPE_NAME_TAKEN');
      expect(await count('communication_type')).toBe(types);
      const channels = await count('send_channel_type');
      const dupChannel = await t.http.post(CHANNELS).set('Authorization', ADMIN_AUTH).send({ name: 'sms', kind: 'sms' }).expect(409);
      expect(dupChannel.body.code).toBe('SEND_CHANNEL_TYPE_NAME_TAKEN');
      expect(await count('send_channel_type')).toBe(channels);
      const renamed = await t.http.patch(`${CHANNELS}/2`).set('Authorization', ADMIN_AUTH).send({ name: 'EMAIL' }).expect(409);
      expect(renamed.body.code).toBe('SEND_CHANNEL_TYPE_NAME_TAKEN');
      await t.http.post(STATUSES).set('Authorization', ADMIN_AUTH).send({ name: 'забронирован' }).expect(409);
    });

    it('adds, edits, disables and enables a channel; the state change is evented', async () => {
      const created = await t.http
        .post(CHANNELS)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Telegram ${unique()}`, description: 'Отправка сообщения в Telegram', kind: 'messenger' })
        .expect(201);
      const id = created.body.sendChannelTypeId as number;
      expect(created.body).toMatchObject({ kind: 'messenger', enabled: true });
      const disabled = await t.http.post(`${CHANNELS}/${id}/disable`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(disabled.body.enabled).toBe(false);
      expect(
        (await events('SendChannelTypeStateChangeEvent')).some((e) => JSON.parse(e.payload).sendChannelType.sendChannelTypeId === id),
      ).toBe(true);
      const enabledOnly = await t.http
        .get(CHANNELS)
        .query({ enabled: 'true', fields: 'sendChannelTypeId,enabled' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(enabledOnly.body.map((c: { sendChannelTypeId: number }) => c.sendChannelTypeId)).not.toContain(id);
      const off = await t.http
        .get(CHANNELS)
        .query({ enabled: 'false', fields: 'sendChannelTypeId,name,kind,enabled' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(off.body).toEqual([{ sendChannelTypeId: id, name: created.body.name, kind: 'messenger', enabled: false }]);
      await t.http.post(`${CHANNELS}/${id}/enable`).set('Authorization', ADMIN_AUTH).set('If-Match', disabled.headers.etag).expect(200);
      const patched = await t.http
        .patch(`${CHANNELS}/${id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ enabled: false, kind: 'social' })
        .expect(200);
      expect(patched.body).toMatchObject({ enabled: false, kind: 'social' });
      await t.http.delete(`${CHANNELS}/${id}`).set('Authorization', ADMIN_AUTH).expect(204);
    });

    it('edits and deletes a booking status type', async () => {
      const created = await t.http
        .post(STATUSES)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 'Предварительно забронирован', description: 'До подтверждения.' })
        .expect(201);
      expect(created.body).toMatchObject({ holdsClient: true });
      const patched = await t.http
        .patch(`${STATUSES}/${created.body.bookingStatusTypeId}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ holdsClient: false })
        .expect(200);
      expect(patched.body.holdsClient).toBe(false);
      await t.http.delete(`${STATUSES}/${created.body.bookingStatusTypeId}`).set('Authorization', ADMIN_AUTH).expect(204);
    });

    it('refuses to change whether a booking status type holds clients while bookings use it (409 with their count)', async () => {
      const status = await t.http
        .post(STATUSES)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Держит ${unique()}`, holdsClient: true })
        .expect(201);
      const statusId = status.body.bookingStatusTypeId as number;
      const client = await newClient(t, ADMIN_AUTH);
      const booking = await t.http
        .post('/api/v1/bookings')
        .set('Authorization', ADMIN_AUTH)
        .send({ clientIds: [client.clientId], beforeDate: '2099-01-01T00:00:00Z', status: { bookingStatusTypeId: statusId } })
        .expect(201);
      const refused = await t.http
        .patch(`${STATUSES}/${statusId}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ holdsClient: false })
        .expect(409);
      expect(refused.body).toMatchObject({ code: 'BOOKING_STATUS_TYPE_HOLDS_CLIENT_IN_USE', bookingCount: 1 });
      expect(refused.body.message).toContain('used by 1 booking(s)');
      expect((await t.http.get(`${STATUSES}/${statusId}`).set('Authorization', ADMIN_AUTH).expect(200)).body).toMatchObject({
        holdsClient: true,
        version: 1,
      });
      // Its name and description stay editable, and so does the meaning once no booking uses it.
      await t.http
        .patch(`${STATUSES}/${statusId}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ description: 'Держит клиента.', holdsClient: true })
        .expect(200);
      await t.http.delete(`/api/v1/bookings/${booking.body.bookingId}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.patch(`${STATUSES}/${statusId}`).set('Authorization', ADMIN_AUTH).send({ holdsClient: false }).expect(200);
    });

    it.each(['999999', '0', 'abc', 'Несуществующий', '99999999999'])('answers 404 for the unknown id or name %p', async (key) => {
      for (const path of [TYPES, CHANNELS, STATUSES]) {
        const res = await t.http
          .get(`${path}/${encodeURIComponent(key)}`)
          .set('Authorization', ADMIN_AUTH)
          .expect(404);
        expect(res.body['@type']).toBe('Error');
        await t.http
          .patch(`${path}/${encodeURIComponent(key)}`)
          .set('Authorization', ADMIN_AUTH)
          .send({ description: 'x' })
          .expect(404);
        await t.http
          .delete(`${path}/${encodeURIComponent(key)}`)
          .set('Authorization', ADMIN_AUTH)
          .expect(404);
      }
    });

    it('refuses bad input with 400 naming the field', async () => {
      const res = await t.http.post(CHANNELS).set('Authorization', ADMIN_AUTH).send({ name: '', kind: 'pigeon' }).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['name', 'kind']));
      await t.http
        .post(TYPES)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 'x'.repeat(201) })
        .expect(400);
      await t.http.post(TYPES).set('Authorization', ADMIN_AUTH).send({ name: 'Ok', extra: 1 }).expect(400);
    });
  });

  describe('deleting what is still used', () => {
    it('refuses to delete a type, channel or status in use (409, nothing deleted), then deletes once unused', async () => {
      const type = (
        await t.http
          .post(TYPES)
          .set('Authorization', ADMIN_AUTH)
          .send({ name: `Акция ${unique()}` })
          .expect(201)
      ).body.communicationTypeId as number;
      const channel = (
        await t.http
          .post(CHANNELS)
          .set('Authorization', ADMIN_AUTH)
          .send({ name: `Viber ${unique()}`, kind: 'messenger' })
          .expect(201)
      ).body.sendChannelTypeId as number;
      const status = (
        await t.http
          .post(STATUSES)
          .set('Authorization', ADMIN_AUTH)
          .send({ name: `Держим ${unique()}` })
          .expect(201)
      ).body.bookingStatusTypeId as number;
      const department = await newDepartment(t, ADMIN_AUTH);
      const rule = await t.http
        .post('/api/v1/rules')
        .set('Authorization', ADMIN_AUTH)
        .send({
          departmentId: department.departmentId,
          name: 'Правило',
          allowed: [{ communicationTypeId: type, sendChannelTypeId: channel }],
        })
        .expect(201);
      const client = await newClient(t, ADMIN_AUTH);
      const booking = await t.http
        .post('/api/v1/bookings')
        .set('Authorization', ADMIN_AUTH)
        .send({
          clientIds: [client.clientId],
          beforeDate: '2099-01-01T00:00:00Z',
          status: { bookingStatusTypeId: status },
          departmentId: department.departmentId,
        })
        .expect(201);

      const typeInUse = await t.http.delete(`${TYPES}/${type}`).set('Authorization', ADMIN_AUTH).expect(409);
      expect(typeInUse.body).toMatchObject({ code: 'COMMUNICATION_TYPE_IN_USE', usage: { 'rule(s)': 1 } });
      expect(typeInUse.body.message).toContain('1 rule(s)');
      const channelInUse = await t.http.delete(`${CHANNELS}/${channel}`).set('Authorization', ADMIN_AUTH).expect(409);
      expect(channelInUse.body.code).toBe('SEND_CHANNEL_TYPE_IN_USE');
      const statusInUse = await t.http.delete(`${STATUSES}/${status}`).set('Authorization', ADMIN_AUTH).expect(409);
      expect(statusInUse.body.code).toBe('BOOKING_STATUS_TYPE_IN_USE');
      await t.http.get(`${TYPES}/${type}`).set('Authorization', ADMIN_AUTH).expect(200);
      await t.http.get(`${CHANNELS}/${channel}`).set('Authorization', ADMIN_AUTH).expect(200);
      await t.http.get(`${STATUSES}/${status}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect((await t.http.get(`/api/v1/rules/${rule.body.ruleId}`).set('Authorization', ADMIN_AUTH).expect(200)).body.allowed).toEqual([
        { communicationTypeId: type, sendChannelTypeId: channel },
      ]);

      // A role permission and a channel block use them too.
      await t.http
        .put('/api/v1/roles/agent/communication-permissions')
        .set('Authorization', ADMIN_AUTH)
        .send({ permissions: [{ communicationTypeId: type, sendChannelTypeId: channel }] })
        .expect(200);
      await t.http
        .post('/api/v1/channel_blocks')
        .set('Authorization', ADMIN_AUTH)
        .send({ clientId: client.clientId, sendChannelTypeId: channel, reason: 'Отказ' })
        .expect(201);
      await t.http.delete(`/api/v1/rules/${rule.body.ruleId}`).set('Authorization', ADMIN_AUTH).expect(204);
      const stillUsed = await t.http.delete(`${CHANNELS}/${channel}`).set('Authorization', ADMIN_AUTH).expect(409);
      expect(stillUsed.body.usage).toEqual({ 'role permission(s)': 1, 'channel block(s)': 1 });

      await t.http
        .put('/api/v1/roles/agent/communication-permissions')
        .set('Authorization', ADMIN_AUTH)
        .send({ permissions: [] })
        .expect(200);
      await t.http.delete(`/api/v1/bookings/${booking.body.bookingId}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.delete(`${TYPES}/${type}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.delete(`${STATUSES}/${status}`).set('Authorization', ADMIN_AUTH).expect(204);
      const blocks = await t.http
        .get('/api/v1/channel_blocks')
        .query({ sendChannelTypeId: channel })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      await t.http.delete(`/api/v1/channel_blocks/${blocks.body[0].channelBlockId}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.delete(`${CHANNELS}/${channel}`).set('Authorization', ADMIN_AUTH).expect(204);
    });
  });

  describe('permissions', () => {
    it('lets readers read and only communications:admin change the catalogs', async () => {
      const marketer = await newStaff(t, ['marketer']);
      await t.http.get(TYPES).set('Authorization', marketer.auth).expect(200);
      const denied = await t.http.post(TYPES).set('Authorization', marketer.auth).send({ name: 'Нельзя' }).expect(403);
      expect(denied.body.code).toBe('PERMISSION_DENIED');
      await t.http.post(`${CHANNELS}/1/disable`).set('Authorization', marketer.auth).expect(403);
      const outsider = await newStaff(t, ['support-engineer']);
      await t.http.get(CHANNELS).set('Authorization', outsider.auth).expect(403);
      await t.http.get(TYPES).expect(401);
    });
  });
});
