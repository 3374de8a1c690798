import { ManualClock } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCommunicationsTestApp, unique } from './communications-test-app.js';
import { EMAIL, MASS, newDocument, newReachableClient, newSendingDepartment, PERSONAL, SMS, SURVEY } from './sending-fixtures.js';

/** The seeded service communication type ("Сервисная коммуникация"). */
const SERVICE = 6;

describe('a suspended or closed customer gets service communications only', () => {
  let t: TestApp;
  // Thursday 15 January 2026, 12:00 in Moscow: outside the rule's quiet hours.
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');
  let sender: Awaited<ReturnType<typeof newSendingDepartment>>;
  let document: { documentId: number };

  const send = (communicationTypeId: number, clientIds: number[], sendChannelTypeId = EMAIL) =>
    t.http
      .post('/api/v1/communications')
      .set('Authorization', sender.employee.auth)
      .send({
        name: `Рассылка ${unique()}`,
        communicationTypeId,
        sendChannelTypeId,
        documentId: document.documentId,
        recipients: { clientIds },
      })
      .expect(201);
  const rowsOf = async (mailingId: number) =>
    new Map(
      (
        (await t.http.get('/api/v1/communications').query({ mailingId, limit: 100 }).set('Authorization', ADMIN_AUTH).expect(200)).body as {
          clientId: number;
          status: string;
          reason: { code: string; message: string } | null;
        }[]
      ).map((row) => [row.clientId, row]),
    );
  const moveCustomer = (id: number, status: string, statusReason: string | null) =>
    t.http
      .patch(`/tmf-api/customerManagement/v4/customer/${id}`)
      .set('Authorization', ADMIN_AUTH)
      .send({ status, statusReason })
      .expect(200);
  const check = async (clientId: number, communicationTypeId: number, sendChannelTypeId = EMAIL) =>
    (
      await t.http
        .get(`/api/v1/clients/${clientId}/availability/check`)
        .query({ sendChannelTypeId, communicationTypeId })
        .set('Authorization', ADMIN_AUTH)
        .expect(200)
    ).body as { available: boolean; reasons: { code: string; message: string }[] };

  beforeAll(async () => {
    t = await createCommunicationsTestApp({ clock });
    sender = await newSendingDepartment(t);
    document = await newDocument(t, { kind: 'text', body: 'Плановые работы в субботу ночью.' });
  });
  afterAll(() => t.close());

  it('has the purpose column as its entity declares it (the migration and the entity agree on this dialect)', async () => {
    const sql = await t.db.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('classifies the seeded types: mass, survey and commercial survey are marketing; personal, informational and service are service', async () => {
    const types = (
      await t.http
        .get('/api/v1/communication_types')
        .query({ fields: 'communicationTypeId,purpose' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200)
    ).body as { communicationTypeId: number; purpose: string }[];
    expect(Object.fromEntries(types.map((type) => [type.communicationTypeId, type.purpose]))).toEqual({
      1: 'marketing',
      2: 'service',
      3: 'service',
      4: 'marketing',
      5: 'marketing',
      6: 'service',
    });
  });

  it('skips a suspended and a closed customer for a marketing send with the reason, while an active one gets it', async () => {
    const active = await newReachableClient(t);
    const suspended = await newReachableClient(t);
    const closed = await newReachableClient(t);
    await moveCustomer(suspended.clientId, 'suspended', 'Payment overdue');
    await moveCustomer(closed.clientId, 'closed', null);

    const res = await send(MASS, [active.clientId, suspended.clientId, closed.clientId], SMS);
    expect(res.body).toMatchObject({ recipientCount: 3, scheduledCount: 1, skippedByReason: { CUSTOMER_NOT_ACTIVE: 2 } });
    const rows = await rowsOf(res.body.mailingId);
    expect(rows.get(active.clientId)).toMatchObject({ status: 'scheduled', reason: null });
    expect(rows.get(suspended.clientId)).toMatchObject({
      status: 'skipped',
      reason: {
        code: 'CUSTOMER_NOT_ACTIVE',
        message: `Customer ${suspended.clientId} is suspended (Payment overdue): only service communications reach a suspended or closed customer`,
      },
    });
    expect(rows.get(closed.clientId)).toMatchObject({ status: 'skipped', reason: { code: 'CUSTOMER_NOT_ACTIVE' } });
  });

  it('still sends them service communications', async () => {
    const suspended = await newReachableClient(t);
    const closed = await newReachableClient(t);
    await moveCustomer(suspended.clientId, 'suspended', 'Payment overdue');
    await moveCustomer(closed.clientId, 'closed', 'Contract ended');
    for (const type of [SERVICE, PERSONAL]) {
      const res = await send(type, [suspended.clientId, closed.clientId]);
      expect(res.body).toMatchObject({ recipientCount: 2, scheduledCount: 2, skippedCount: 0 });
    }
  });

  it('answers the availability check by the same rule: not for marketing, with the reason; yes for service', async () => {
    const client = await newReachableClient(t);
    expect(await check(client.clientId, MASS)).toMatchObject({ available: true, reasons: [] });
    await moveCustomer(client.clientId, 'suspended', 'Payment overdue');
    const marketing = await check(client.clientId, MASS);
    expect(marketing.available).toBe(false);
    expect(marketing.reasons.map((r) => r.code)).toEqual(['CUSTOMER_NOT_ACTIVE']);
    expect(marketing.reasons[0].message).toContain('suspended (Payment overdue)');
    expect(await check(client.clientId, SERVICE)).toMatchObject({ available: true, reasons: [] });
    // Reactivated, marketing reaches them again.
    await moveCustomer(client.clientId, 'active', null);
    expect(await check(client.clientId, MASS)).toMatchObject({ available: true, reasons: [] });
  });

  it('follows a type that is reclassified: a survey made a service type then reaches a suspended customer', async () => {
    const client = await newReachableClient(t);
    await moveCustomer(client.clientId, 'suspended', 'Payment overdue');
    expect((await send(SURVEY, [client.clientId])).body).toMatchObject({ skippedByReason: { CUSTOMER_NOT_ACTIVE: 1 } });
    const type = await t.http.get(`/api/v1/communication_types/${SURVEY}`).set('Authorization', ADMIN_AUTH).expect(200);
    await t.http
      .patch(`/api/v1/communication_types/${SURVEY}`)
      .set('Authorization', ADMIN_AUTH)
      .set('If-Match', type.headers.etag as string)
      .send({ purpose: 'service' })
      .expect(200);
    try {
      expect((await send(SURVEY, [client.clientId])).body).toMatchObject({ scheduledCount: 1, skippedCount: 0 });
    } finally {
      await t.http
        .patch(`/api/v1/communication_types/${SURVEY}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ purpose: 'marketing' })
        .expect(200);
    }
  });

  it('refuses a purpose that is neither marketing nor service (400), changing nothing', async () => {
    const res = await t.http
      .post('/api/v1/communication_types')
      .set('Authorization', ADMIN_AUTH)
      .send({ name: `Тип ${unique()}`, purpose: 'spam' })
      .expect(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'purpose' })]);
    const created = await t.http
      .post('/api/v1/communication_types')
      .set('Authorization', ADMIN_AUTH)
      .send({ name: `Тип ${unique()}` })
      .expect(201);
    expect(created.body.purpose).toBe('marketing');
  });
});
