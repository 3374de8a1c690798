import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCommunicationsTestApp, newClient } from './communications-test-app.js';

const ADD = '/api/v1/clients/add';

/** A client is a customer: its phone follows the customers lib's rule, and so does the duplicate check. */
describe('clients: phone numbers and possible duplicates', () => {
  let t: TestApp;
  const add = (body: Record<string, unknown>, query = '') =>
    t.http
      .post(`${ADD}${query}`)
      .set('Authorization', ADMIN_AUTH)
      .send({ firstName: 'Ольга', lastName: 'Смирнова', birthDate: '1990-01-01T00:00:00Z', ...body });
  const phoneOf = async (clientId: number) =>
    (await t.http.get('/api/v1/clients').query({ clientId, fields: 'clientId,phone' }).set('Authorization', ADMIN_AUTH).expect(200)).body[0]
      .phone as string;

  beforeAll(async () => {
    t = await createCommunicationsTestApp();
  });
  afterAll(() => t.close());

  it('stores a phone typed in the national format in E.164, and refuses one that is not valid (400)', async () => {
    const client = await newClient(t, ADMIN_AUTH, { phone: '07700 900411' });
    expect(await phoneOf(client.clientId)).toBe('+447700900411');
    const res = await add({ phone: '07700 90041' }).expect(400);
    expect(res.body.message).toMatch(/^Phone number is not a valid phone number/);
  });

  it('refuses a client with another’s email or phone (409 naming them) unless allowDuplicate=true', async () => {
    const first = await newClient(t, ADMIN_AUTH, { email: 'olga.smirnova@example.com', phone: '+447700900412' });
    const before = (await t.http.get('/api/v1/clients').query({ limit: 0 }).set('Authorization', ADMIN_AUTH)).headers['x-total-count'];
    const refused = await add({ phone: '07700 900412' }).expect(409);
    expect(refused.body).toMatchObject({ code: 'POSSIBLE_DUPLICATE_CUSTOMER' });
    expect(refused.body.duplicates).toEqual([expect.objectContaining({ id: String(first.clientId), matched: ['phone'] })]);
    expect((await t.http.get('/api/v1/clients').query({ limit: 0 }).set('Authorization', ADMIN_AUTH)).headers['x-total-count']).toBe(
      before,
    );
    await add({ email: 'olga.smirnova@example.com' }, '?allowDuplicate=true').expect(201);
  });
});
