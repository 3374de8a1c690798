import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCustomersTestApp, newAffiliate, newIndividualCustomer } from './customers-test-app.js';

/** Parties name their affiliate by identity's id, with no foreign key across libs: the delete asks this lib. */
describe('deleting an affiliate that owns parties', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createCustomersTestApp();
  });
  afterAll(() => t.close());

  it('is refused with 409 naming the parties; an affiliate that owns none is deleted', async () => {
    const owner = await newAffiliate(t, ADMIN_AUTH);
    const customer = await newIndividualCustomer(t, owner.auth);

    const refused = await t.http.delete(`/api/v1/affiliates/${owner.id}`).set('Authorization', ADMIN_AUTH).expect(409);
    expect(refused.body).toMatchObject({
      code: 'AFFILIATE_IN_USE',
      usage: { 'party(ies)': 1 },
      heldBy: { 'party(ies)': [Number(customer.partyId)] },
    });
    await t.http.get(`/api/v1/affiliates/${owner.id}`).set('Authorization', ADMIN_AUTH).expect(200);

    const idle = await newAffiliate(t, ADMIN_AUTH);
    await t.http.delete(`/api/v1/affiliates/${idle.id}`).set('Authorization', ADMIN_AUTH).expect(204);
  });
});
