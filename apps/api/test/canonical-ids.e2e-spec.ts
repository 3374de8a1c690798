import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { newAffiliate, newIndividualCustomer } from '@contactly/customers/testing';
import { createApiTestApp } from './api-test-app.js';

/** Spellings of the number `id` that are not its canonical decimal form, as they appear in a URL path. */
const variantsOf = (id: number) => [
  `0x${id.toString(16)}`,
  `%2B${id}`,
  `${id}e0`,
  `${id}.0`,
  `%20${id}`,
  `0${id}`,
  `00${id}`,
  `${id}%20`,
  `${id}%00`,
  `${'0'.repeat(12)}${id}`,
];

describe('path ids: only the canonical form names a record', () => {
  let t: TestApp;
  const status = async (path: string) => (await t.http.get(path).set('Authorization', ADMIN_AUTH)).status;

  beforeAll(async () => {
    t = await createApiTestApp();
  });
  afterAll(() => t.close());

  it('finds an affiliate at /affiliates/{id} and at no other spelling of its id', async () => {
    const { id } = await newAffiliate(t, ADMIN_AUTH);
    await t.http.get(`/api/v1/affiliates/${id}`).set('Authorization', ADMIN_AUTH).expect(200);
    for (const variant of variantsOf(id)) {
      const res = await t.http.get(`/api/v1/affiliates/${variant}`).set('Authorization', ADMIN_AUTH);
      expect({ variant, status: res.status, code: res.body.code }).toEqual({ variant, status: 404, code: 'AFFILIATE_NOT_FOUND' });
    }
    // Nor is any write addressed to another spelling.
    await t.http.patch(`/api/v1/affiliates/0${id}`).set('Authorization', ADMIN_AUTH).send({ name: 'Renamed through 0-prefix' }).expect(404);
    await t.http.delete(`/api/v1/affiliates/${id}.0`).set('Authorization', ADMIN_AUTH).expect(404);
    expect((await t.http.get(`/api/v1/affiliates/${id}`).set('Authorization', ADMIN_AUTH).expect(200)).body.version).toBe(1);
  });

  it('finds a TMF customer at its id only', async () => {
    const customer = await newIndividualCustomer(t, ADMIN_AUTH);
    const id = Number(customer.id);
    expect(await status(`/tmf-api/customerManagement/v4/customer/${id}`)).toBe(200);
    for (const variant of variantsOf(id)) {
      expect({ variant, status: await status(`/tmf-api/customerManagement/v4/customer/${variant}`) }).toEqual({ variant, status: 404 });
      expect({ variant, status: await status(`/tmf-api/party/v4/individual/${variant}`) }).toEqual({ variant, status: 404 });
    }
  });

  it('reads a zero-padded id on an id-or-name route as a name, which no department has', async () => {
    const company = (
      await t.http
        .post('/api/v1/companies')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Canonical Co ${Date.now()}` })
        .expect(201)
    ).body as { companyId: number };
    const department = (
      await t.http
        .post('/api/v1/departments')
        .set('Authorization', ADMIN_AUTH)
        .send({ companyId: company.companyId, name: 'Canonical Dept' })
        .expect(201)
    ).body as { departmentId: number };
    const id = department.departmentId;
    expect((await t.http.get(`/api/v1/departments/${id}`).set('Authorization', ADMIN_AUTH).expect(200)).body.name).toBe('Canonical Dept');
    expect(await status('/api/v1/departments/Canonical%20Dept')).toBe(200);
    for (const variant of [`0${id}`, `00${id}`, `${'0'.repeat(12)}${id}`]) {
      expect({ variant, status: await status(`/api/v1/departments/${variant}`) }).toEqual({ variant, status: 404 });
    }
    await t.http.delete(`/api/v1/departments/0${id}`).set('Authorization', ADMIN_AUTH).expect(404);
    await t.http.get(`/api/v1/departments/${id}`).set('Authorization', ADMIN_AUTH).expect(200);
  });

  it('names no record through another spelling of an id in a body reference, a list filter or a role path', async () => {
    const party = (
      await t.http
        .post('/tmf-api/party/v4/individual')
        .set('Authorization', ADMIN_AUTH)
        .send({ givenName: 'Canonical', familyName: `Ref${Date.now()}` })
        .expect(201)
    ).body as { id: string; familyName: string };
    const referred = await t.http
      .post('/tmf-api/customerManagement/v4/customer')
      .set('Authorization', ADMIN_AUTH)
      .send({ name: 'Through 0-prefix', engagedParty: { id: `0${party.id}` } });
    expect({ status: referred.status, code: referred.body.code }).toEqual({ status: 422, code: 'ENGAGED_PARTY_NOT_FOUND' });
    expect(
      (
        await t.http
          .get('/tmf-api/party/v4/individual')
          .query({ id: `0${party.id}` })
          .set('Authorization', ADMIN_AUTH)
          .expect(200)
      ).body,
    ).toEqual([]);
    expect(
      (await t.http.get('/tmf-api/party/v4/individual').query({ id: party.id }).set('Authorization', ADMIN_AUTH).expect(200)).body,
    ).toHaveLength(1);
    const role = (await t.http.get('/api/v1/roles/agent').set('Authorization', ADMIN_AUTH).expect(200)).body as { id: number };
    expect(await status(`/api/v1/roles/${role.id}`)).toBe(200);
    expect(await status(`/api/v1/roles/0${role.id}`)).toBe(404);
  });
});
