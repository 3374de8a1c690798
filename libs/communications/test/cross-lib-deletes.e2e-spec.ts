import { ManualClock } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCommunicationsTestApp, newClient, newDepartment, newEmployee, unique } from './communications-test-app.js';
import { EMAIL, events, newDocument, newReachableClient, newSendingDepartment, SURVEY } from './sending-fixtures.js';

/**
 * The communications platform names parties, users and roles of other libs by id, with no foreign
 * key: a delete there is refused (409 naming what holds the record) or let go of here with this
 * lib's own events — never a silent cascade.
 */
describe('deleting records of other libs that the communications platform refers to', () => {
  let t: TestApp;
  // Thursday 15 January 2026, 12:00 in Moscow.
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');
  beforeAll(async () => {
    t = await createCommunicationsTestApp({ clock });
  });
  afterAll(() => t.close());

  /** A client that stops being a customer (the party stays), so that its party can be deleted. */
  const endCustomer = async (clientId: number) =>
    t.http.delete(`/tmf-api/customerManagement/v4/customer/${clientId}`).set('Authorization', ADMIN_AUTH).expect(204);
  const deleteParty = (clientId: number) => t.http.delete(`/tmf-api/party/v4/individual/${clientId}`).set('Authorization', ADMIN_AUTH);

  it('refuses to delete a party a booking holds, naming the booking; deletes it once the booking is gone', async () => {
    const department = await newDepartment(t, ADMIN_AUTH);
    const client = await newClient(t, ADMIN_AUTH);
    const booking = (
      await t.http
        .post('/api/v1/bookings')
        .set('Authorization', ADMIN_AUTH)
        .send({ clientIds: [client.clientId], beforeDate: '2099-01-01T00:00:00Z', departmentId: department.departmentId })
        .expect(201)
    ).body as { bookingId: number };
    await endCustomer(client.clientId);

    const refused = await deleteParty(client.clientId).expect(409);
    expect(refused.body).toMatchObject({
      code: 'INDIVIDUAL_IN_USE',
      usage: { 'booking(s)': 1 },
      heldBy: { 'booking(s)': [booking.bookingId] },
    });
    expect(refused.body.message).toContain(`booking(s) (${booking.bookingId})`);
    await t.http.get(`/tmf-api/party/v4/individual/${client.clientId}`).set('Authorization', ADMIN_AUTH).expect(200);
    expect((await t.http.get(`/api/v1/bookings/${booking.bookingId}`).set('Authorization', ADMIN_AUTH).expect(200)).body.clientCount).toBe(
      1,
    );

    await t.http.delete(`/api/v1/bookings/${booking.bookingId}`).set('Authorization', ADMIN_AUTH).expect(204);
    await deleteParty(client.clientId).expect(204);
  });

  it('lifts a deleted party’s channel blocks and takes it out of its groups, each with its own event; communications keep the client id', async () => {
    const sender = await newSendingDepartment(t);
    const template = await newDocument(t, { body: 'Здравствуйте!' });
    const client = await newReachableClient(t);
    const other = await newClient(t, ADMIN_AUTH);
    const sent = await t.http
      .post('/api/v1/communications')
      .set('Authorization', sender.employee.auth)
      .send({
        name: `Опрос ${unique()}`,
        communicationTypeId: SURVEY,
        sendChannelTypeId: EMAIL,
        documentId: template.documentId,
        recipients: { clientIds: [client.clientId] },
      })
      .expect(201);
    const block = (
      await t.http
        .post('/api/v1/channel_blocks')
        .set('Authorization', ADMIN_AUTH)
        .send({ clientId: client.clientId, sendChannelTypeId: EMAIL, reason: 'Отказ' })
        .expect(201)
    ).body as { channelBlockId: number };
    const group = (
      await t.http
        .post('/api/v1/client_groups')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Группа ${unique()}`, clientIds: [client.clientId, other.clientId] })
        .expect(201)
    ).body as { groupId: number };
    await endCustomer(client.clientId);

    await deleteParty(client.clientId).expect(204);

    await t.http.get(`/api/v1/channel_blocks/${block.channelBlockId}`).set('Authorization', ADMIN_AUTH).expect(404);
    expect((await events(t, 'ChannelBlockDeleteEvent')).map((e) => e.channelBlock.channelBlockId)).toContain(block.channelBlockId);
    const after = (await t.http.get(`/api/v1/client_groups/${group.groupId}`).set('Authorization', ADMIN_AUTH).expect(200)).body;
    expect(after.clientCount).toBe(1);
    expect(
      (await t.http.get(`/api/v1/client_groups/${group.groupId}/clients`).set('Authorization', ADMIN_AUTH).expect(200)).body.map(
        (c: { clientId: number }) => c.clientId,
      ),
    ).toEqual([other.clientId]);
    const groupChanges = (await events(t, 'ClientGroupAttributeValueChangeEvent')).filter((e) => e.clientGroup.groupId === group.groupId);
    expect(groupChanges.at(-1).clientGroup).toMatchObject({ clientCount: 1, removedClientIds: [client.clientId] });
    const history = (
      await t.http.get('/api/v1/communications').query({ mailingId: sent.body.mailingId }).set('Authorization', ADMIN_AUTH).expect(200)
    ).body as { clientId: number }[];
    expect(history.map((c) => c.clientId)).toEqual([client.clientId]);
  });

  it('forgets a deleted party’s client profile (availability, time zone, social media) with it', async () => {
    const client = await newClient(t, ADMIN_AUTH, { available: false, timeZone: 'Europe/Moscow', socialMedia: { vk: 'id1' } });
    const kept = await newClient(t, ADMIN_AUTH, { available: false });
    const profiles = async (id: number) =>
      Number(
        ((await t.db.dataSource.query('SELECT COUNT(*) AS n FROM client_profile WHERE client_id = ?', [id])) as { n: number | string }[])[0]
          .n,
      );
    expect(await profiles(client.clientId)).toBe(1);
    await endCustomer(client.clientId);
    // A client that stops being a customer keeps its party, and so its profile.
    expect(await profiles(client.clientId)).toBe(1);

    await deleteParty(client.clientId).expect(204);
    expect(await profiles(client.clientId)).toBe(0);
    expect(await profiles(kept.clientId)).toBe(1);
  });

  it('refuses to delete a user who is an employee, naming the employee; deletes it once the employee is gone', async () => {
    const department = await newDepartment(t, ADMIN_AUTH);
    const employee = await newEmployee(t, ADMIN_AUTH, department.departmentId);

    const refused = await t.http.delete(`/api/v1/users/${employee.userId}`).set('Authorization', ADMIN_AUTH).expect(409);
    expect(refused.body).toMatchObject({
      code: 'USER_IN_USE',
      usage: { 'employee(s)': 1 },
      heldBy: { 'employee(s)': [employee.employeeId] },
    });
    await t.http.get(`/api/v1/employees/${employee.employeeId}`).set('Authorization', ADMIN_AUTH).expect(200);

    await t.http.delete(`/api/v1/employees/${employee.employeeId}`).set('Authorization', ADMIN_AUTH).expect(204);
    await t.http.delete(`/api/v1/users/${employee.userId}`).set('Authorization', ADMIN_AUTH).expect(204);
  });

  it('refuses to delete a role employees work under, naming them; its communication permissions go with it, recorded', async () => {
    const department = await newDepartment(t, ADMIN_AUTH);
    const role = (
      await t.http
        .post('/api/v1/roles')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `role-${unique()}`, permissions: ['communications:read'] })
        .expect(201)
    ).body as { id: number; name: string };
    await t.http
      .put(`/api/v1/roles/${role.name}/communication-permissions`)
      .set('Authorization', ADMIN_AUTH)
      .send({ permissions: [{ communicationTypeId: SURVEY, sendChannelTypeId: EMAIL }] })
      .expect(200);
    const employee = await newEmployee(t, ADMIN_AUTH, department.departmentId, role.name);
    // Identity refuses while a user holds the role: take it from the employee's login first.
    await t.http
      .patch(`/api/v1/users/${employee.userId}`)
      .set('Authorization', ADMIN_AUTH)
      .send({ roles: ['agent'] })
      .expect(200);

    const refused = await t.http.delete(`/api/v1/roles/${role.name}`).set('Authorization', ADMIN_AUTH).expect(409);
    expect(refused.body).toMatchObject({
      code: 'ROLE_IN_USE',
      usage: { 'employee(s)': 1 },
      heldBy: { 'employee(s)': [employee.employeeId] },
    });

    await t.http.delete(`/api/v1/employees/${employee.employeeId}`).set('Authorization', ADMIN_AUTH).expect(204);
    await t.http.delete(`/api/v1/roles/${role.name}`).set('Authorization', ADMIN_AUTH).expect(204);
    const released = (await events(t, 'RoleCommunicationPermissionsAttributeValueChangeEvent')).filter(
      (e) => e.roleCommunicationPermissions.roleId === role.id,
    );
    expect(released.at(-1).roleCommunicationPermissions.permissions).toEqual([]);
  });
});
