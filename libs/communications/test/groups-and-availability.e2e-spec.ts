import { ManualClock } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { CommunicationDispatcher } from '../src/index.js';
import { createCommunicationsTestApp, newClient, newStaff, unique } from './communications-test-app.js';
import { count, EMAIL, events, MASS, newDocument, newReachableClient, newSendingDepartment, SMS } from './sending-fixtures.js';

describe('client groups and availability', () => {
  let t: TestApp;
  // Thursday 15 January 2026, 12:00 in Moscow.
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');
  let sender: Awaited<ReturnType<typeof newSendingDepartment>>;
  let text: { documentId: number };

  const groups = () => t.http;
  const groupCounts = async () => ({
    groups: await count(t, 'client_group'),
    members: await count(t, 'client_group_member'),
    events: await count(t, 'outbox_event'),
  });

  beforeAll(async () => {
    t = await createCommunicationsTestApp({ clock });
    sender = await newSendingDepartment(t, {
      rule: { quietHours: { start: '21:00', end: '09:00' }, frequencyCaps: [{ sendChannelTypeId: SMS, period: 'day', maxCount: 1 }] },
    });
    text = await newDocument(t, { kind: 'text', body: 'Плановые работы ночью.' });
  });
  afterAll(() => t.close());

  describe('saved client groups', () => {
    it('creates, reads by id or name, lists, changes members with If-Match, and deletes a group', async () => {
      const [a, b, c] = [await newClient(t, ADMIN_AUTH), await newClient(t, ADMIN_AUTH), await newClient(t, ADMIN_AUTH)];
      const name = `VIP ${unique()}`;
      const created = await groups()
        .post('/api/v1/client_groups')
        .set('Authorization', sender.employee.auth)
        .send({ name, description: 'Москва', clientIds: [a.clientId, b.clientId, b.clientId] })
        .expect(201);
      expect(created.body).toMatchObject({ groupId: expect.any(Number), name, description: 'Москва', clientCount: 2, version: 1 });
      expect(created.headers.location).toMatch(new RegExp(`/api/v1/client_groups/${created.body.groupId}$`));
      const byName = await groups()
        .get(`/api/v1/client_groups/${encodeURIComponent(name.toUpperCase())}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(byName.body.groupId).toBe(created.body.groupId);
      const list = await groups().get('/api/v1/client_groups').query({ name }).set('Authorization', ADMIN_AUTH).expect(200);
      expect(list.body.map((g: { groupId: number }) => g.groupId)).toEqual([created.body.groupId]);
      const members = await groups()
        .get(`/api/v1/client_groups/${created.body.groupId}/clients`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(members.body.map((m: { clientId: number }) => m.clientId)).toEqual([a.clientId, b.clientId]);
      expect(members.headers['x-total-count']).toBe('2');

      const changed = await groups()
        .patch(`/api/v1/client_groups/${created.body.groupId}`)
        .set('Authorization', sender.employee.auth)
        .set('If-Match', byName.headers.etag)
        .send({ addClientIds: [c.clientId], removeClientIds: [a.clientId] })
        .expect(200);
      expect(changed.body).toMatchObject({ clientCount: 2, version: 2 });
      await groups()
        .patch(`/api/v1/client_groups/${created.body.groupId}`)
        .set('Authorization', sender.employee.auth)
        .set('If-Match', byName.headers.etag)
        .send({ description: 'Стало' })
        .expect(412);
      const after = await groups()
        .get(`/api/v1/client_groups/${created.body.groupId}/clients`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(after.body.map((m: { clientId: number }) => m.clientId)).toEqual([b.clientId, c.clientId]);
      expect((await events(t, 'ClientGroupCreateEvent')).some((e) => e.clientGroup.groupId === created.body.groupId)).toBe(true);
      expect(
        (await events(t, 'ClientGroupAttributeValueChangeEvent')).find((e) => e.clientGroup.groupId === created.body.groupId)?.clientGroup,
      ).toMatchObject({ clientCount: 2, addedClientIds: [c.clientId], removedClientIds: [a.clientId] });

      await groups().delete(`/api/v1/client_groups/${created.body.groupId}`).set('Authorization', sender.employee.auth).expect(204);
      await groups().get(`/api/v1/client_groups/${created.body.groupId}`).set('Authorization', ADMIN_AUTH).expect(404);
      expect(
        Number(
          (
            (await t.db.dataSource.query('SELECT COUNT(*) AS n FROM client_group_member WHERE group_id = ?', [created.body.groupId])) as {
              n: number;
            }[]
          )[0].n,
        ),
      ).toBe(0);
    });

    it('refuses unknown clients (422), a taken name (409), bad input (400) and readers (403), writing nothing', async () => {
      const client = await newClient(t, ADMIN_AUTH);
      const name = `Группа ${unique()}`;
      await groups()
        .post('/api/v1/client_groups')
        .set('Authorization', ADMIN_AUTH)
        .send({ name, clientIds: [client.clientId] })
        .expect(201);
      const reader = await newStaff(t, ['agent']);
      const before = await groupCounts();
      const unknown = await groups()
        .post('/api/v1/client_groups')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Другая ${unique()}`, clientIds: [client.clientId, 999999] })
        .expect(422);
      expect(unknown.body).toMatchObject({
        code: 'CLIENT_NOT_FOUND',
        details: [{ field: 'clientIds', message: 'client 999999 does not exist' }],
      });
      expect(
        (await groups().post('/api/v1/client_groups').set('Authorization', ADMIN_AUTH).send({ name: name.toLowerCase() }).expect(409)).body
          .code,
      ).toBe('CLIENT_GROUP_NAME_TAKEN');
      await groups()
        .post('/api/v1/client_groups')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: '', clientIds: ['a'] })
        .expect(400);
      await groups()
        .post('/api/v1/client_groups')
        .set('Authorization', reader.auth)
        .send({ name: `Чужая ${unique()}` })
        .expect(403);
      await groups()
        .patch(`/api/v1/client_groups/${encodeURIComponent(name)}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ addClientIds: [999999] })
        .expect(422);
      await groups().get('/api/v1/client_groups/999999').set('Authorization', ADMIN_AUTH).expect(404);
      await groups().delete('/api/v1/client_groups/999999').set('Authorization', ADMIN_AUTH).expect(404);
      expect(await groupCounts()).toEqual(before);
    });
  });

  describe('availability', () => {
    it('gives a group’s share of available clients and of successful communications', async () => {
      const clients = [
        await newReachableClient(t),
        await newReachableClient(t),
        await newReachableClient(t),
        await newReachableClient(t, { available: false }),
      ];
      const group = await groups()
        .post('/api/v1/client_groups')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Доступность ${unique()}`, clientIds: clients.map((c) => c.clientId) })
        .expect(201);
      const empty = await t.http
        .get(`/api/v1/client_groups/${group.body.groupId}/availability`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(empty.body).toEqual({
        groupId: group.body.groupId,
        clientCount: 4,
        availableCount: 3,
        availablePercent: 75,
        communicationCount: 0,
        successfulCount: 0,
        successPercent: null,
        byStatus: {},
        from: null,
        to: null,
      });

      await t.http
        .post('/api/v1/communications')
        .set('Authorization', sender.employee.auth)
        .send({
          name: `Группе ${unique()}`,
          communicationTypeId: MASS,
          sendChannelTypeId: EMAIL,
          documentId: text.documentId,
          recipients: { groupId: group.body.groupId },
        })
        .expect(201);
      await t.get(CommunicationDispatcher).dispatchDue();
      await t.http
        .post('/api/v1/communications/status')
        .set('Authorization', ADMIN_AUTH)
        .send({ status: 'failed', reason: 'Ящик переполнен', clientIds: [clients[0].clientId] })
        .expect(200);
      await t.http
        .post('/api/v1/communications/status')
        .set('Authorization', ADMIN_AUTH)
        .send({ status: 'delivered', clientIds: [clients[1].clientId] })
        .expect(200);
      const figures = await t.http
        .get(`/api/v1/client_groups/${group.body.groupId}/availability`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      // Three attempted (one skipped: unavailable): sent, delivered, failed.
      expect(figures.body).toMatchObject({
        communicationCount: 3,
        successfulCount: 2,
        successPercent: 66.7,
        byStatus: { sent: 1, delivered: 1, failed: 1, skipped: 1 },
      });
      const list = await t.http
        .get('/api/v1/clients/availability')
        .query({ clientIds: `${clients[0].clientId},${clients[1].clientId}` })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(list.body).toMatchObject({
        groupId: null,
        clientCount: 2,
        availableCount: 2,
        communicationCount: 2,
        successfulCount: 1,
        successPercent: 50,
      });
      const later = await t.http
        .get(`/api/v1/client_groups/${group.body.groupId}/availability`)
        .query({ from: '2026-02-01T00:00:00Z' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(later.body).toMatchObject({ communicationCount: 0, from: '2026-02-01T00:00:00.000+00:00' });
    });

    it('refuses unknown clients or groups (404) and bad parameters (400)', async () => {
      const client = await newClient(t, ADMIN_AUTH);
      await t.http
        .get('/api/v1/clients/availability')
        .query({ clientIds: `${client.clientId},999999` })
        .set('Authorization', ADMIN_AUTH)
        .expect(404);
      await t.http.get('/api/v1/client_groups/999999/availability').set('Authorization', ADMIN_AUTH).expect(404);
      await t.http.get('/api/v1/clients/availability').query({ clientIds: 'a,b' }).set('Authorization', ADMIN_AUTH).expect(400);
      await t.http.get('/api/v1/clients/availability').set('Authorization', ADMIN_AUTH).expect(400);
      await t.http
        .get('/api/v1/clients/availability')
        .query({ clientIds: Array.from({ length: 1001 }, (_, i) => i + 1).join(',') })
        .set('Authorization', ADMIN_AUTH)
        .expect(400);
      await t.http
        .get('/api/v1/clients/availability')
        .query({ clientIds: String(client.clientId), from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })
        .set('Authorization', ADMIN_AUTH)
        .expect(400);
      // The document's one-client form is unchanged.
      expect(
        (await t.http.get(`/api/v1/clients/${client.clientId}/availability`).set('Authorization', ADMIN_AUTH).expect(200)).body,
      ).toEqual({ clientId: client.clientId, available: true });
    });

    it('answers yes or no with every reason for a client × channel × time', async () => {
      const check = (clientId: number, query: Record<string, string | number>, auth = sender.employee.auth) =>
        t.http.get(`/api/v1/clients/${clientId}/availability/check`).query(query).set('Authorization', auth);
      const free = await newReachableClient(t);
      const yes = await check(free.clientId, { sendChannelTypeId: EMAIL, communicationTypeId: MASS }).expect(200);
      expect(yes.body).toEqual({
        clientId: free.clientId,
        sendChannelTypeId: EMAIL,
        communicationTypeId: MASS,
        departmentId: sender.department.departmentId,
        at: '2026-01-15T09:00:00.000+00:00',
        available: true,
        reasons: [],
        nextAllowedTime: null,
      });

      const night = await check(free.clientId, { sendChannelTypeId: EMAIL, at: '2026-01-15T20:00:00Z' }).expect(200);
      expect(night.body).toMatchObject({
        available: false,
        reasons: [{ code: 'QUIET_HOURS', message: expect.stringContaining('21:00–09:00') }],
        nextAllowedTime: '2026-01-16T06:00:00.000+00:00',
      });

      const blocked = await newClient(t, ADMIN_AUTH, { available: false });
      await t.http
        .post('/api/v1/channel_blocks')
        .set('Authorization', ADMIN_AUTH)
        .send({ clientId: blocked.clientId, sendChannelTypeId: SMS, until: '2026-02-01T00:00:00Z', reason: 'Жалоба' })
        .expect(201);
      const no = await check(blocked.clientId, { sendChannelTypeId: SMS }).expect(200);
      expect(no.body.available).toBe(false);
      expect(no.body.reasons.map((r: { code: string }) => r.code)).toEqual(['CLIENT_UNAVAILABLE', 'CHANNEL_BLOCKED', 'NO_ADDRESS']);
      // After the block ends, only the client's own state stands in the way.
      expect(
        (await check(blocked.clientId, { sendChannelTypeId: SMS, at: '2026-02-02T09:00:00Z' }).expect(200)).body.reasons.map(
          (r: { code: string }) => r.code,
        ),
      ).toEqual(['CLIENT_UNAVAILABLE', 'NO_ADDRESS']);

      // Another department's booking, the rule's cap, and a type the rule does not allow.
      const capped = await newReachableClient(t);
      await t.http
        .post('/api/v1/communications')
        .set('Authorization', sender.employee.auth)
        .send({
          name: `SMS ${unique()}`,
          communicationTypeId: MASS,
          sendChannelTypeId: SMS,
          documentId: text.documentId,
          recipients: { clientIds: [capped.clientId] },
        })
        .expect(201);
      expect(
        (await check(capped.clientId, { sendChannelTypeId: SMS }).expect(200)).body.reasons.map((r: { code: string }) => r.code),
      ).toEqual(['FREQUENCY_CAP']);
      const other = await newSendingDepartment(t);
      await t.http
        .post('/api/v1/bookings')
        .set('Authorization', other.employee.auth)
        .send({ clientIds: [capped.clientId], beforeDate: '2026-01-20T00:00:00Z' })
        .expect(201);
      expect((await check(capped.clientId, { sendChannelTypeId: EMAIL }).expect(200)).body.reasons).toEqual([
        { code: 'CLIENT_BOOKED', message: expect.stringContaining(other.department.name) },
      ]);
      expect((await check(capped.clientId, { sendChannelTypeId: EMAIL }, other.employee.auth).expect(200)).body).toMatchObject({
        available: true,
        departmentId: other.department.departmentId,
      });
      const narrow = await newSendingDepartment(t, { rule: { allowed: [{ communicationTypeId: 2, sendChannelTypeId: EMAIL }] } });
      expect(
        (
          await check(free.clientId, {
            sendChannelTypeId: EMAIL,
            communicationTypeId: MASS,
            departmentId: narrow.department.departmentId,
          }).expect(200)
        ).body.reasons.map((r: { code: string }) => r.code),
      ).toEqual(['RULE_NOT_ALLOWED']);
      // Someone in no department: the client's own state only.
      expect((await check(capped.clientId, { sendChannelTypeId: EMAIL }, ADMIN_AUTH).expect(200)).body).toMatchObject({
        departmentId: null,
        reasons: [{ code: 'CLIENT_BOOKED' }],
      });
    });

    it('refuses unknown clients, channels and departments (404) and bad parameters (400)', async () => {
      const client = await newClient(t, ADMIN_AUTH);
      const check = (clientId: number | string, query: Record<string, string>) =>
        t.http.get(`/api/v1/clients/${clientId}/availability/check`).query(query).set('Authorization', ADMIN_AUTH);
      await check(999999, { sendChannelTypeId: '1' }).expect(404);
      await check('abc', { sendChannelTypeId: '1' }).expect(404);
      expect((await check(client.clientId, { sendChannelTypeId: '999' }).expect(404)).body.code).toBe('SEND_CHANNEL_TYPE_NOT_FOUND');
      expect((await check(client.clientId, { sendChannelTypeId: '1', departmentId: '999999' }).expect(404)).body.code).toBe(
        'DEPARTMENT_NOT_FOUND',
      );
      await check(client.clientId, {}).expect(400);
      await check(client.clientId, { sendChannelTypeId: 'SMS' }).expect(400);
      await check(client.clientId, { sendChannelTypeId: '1', at: 'вечером' }).expect(400);
      const reader = await newStaff(t, ['customer']);
      await t.http
        .get(`/api/v1/clients/${client.clientId}/availability/check`)
        .query({ sendChannelTypeId: '1' })
        .set('Authorization', reader.auth)
        .expect(403);
    });
  });
});
