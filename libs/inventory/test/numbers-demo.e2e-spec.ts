import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { DEMO_NUMBER_COUNT, NumbersDemoData } from '../src/demo/numbers-demo-data.js';
import { normalizedNumber } from '../src/resource/number-format.js';
import { NumberResource } from '../src/resource/number-resource.entity.js';
import { createInventoryTestApp } from './inventory-test-app.js';

/** The demo number pools: 10,000 MSISDNs and ICCIDs, some ported, a few aging; seeded once. */
describe('Numbers demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createInventoryTestApp();
  });
  afterAll(() => t.close());

  it('seeds valid numbers of both types once, with ported, ported-out and aging ones', async () => {
    const demo = t.get(NumbersDemoData);
    await Promise.all([demo.seed(), demo.seed(), demo.seed()]);
    await demo.seed();
    const repo = t.db.repository(NumberResource);
    expect(await repo.countBy({ resourceType: 'msisdn' })).toBe(DEMO_NUMBER_COUNT);
    expect(await repo.countBy({ resourceType: 'iccid' })).toBe(DEMO_NUMBER_COUNT);
    expect(await repo.countBy({ portedIn: true })).toBeGreaterThan(300);
    expect(await repo.countBy({ status: 'portedOut' })).toBe(10);
    expect(await repo.countBy({ status: 'aging' })).toBe(10);
    for (const row of await repo.find({ take: 50, order: { id: 'DESC' } }))
      expect(normalizedNumber(row.resourceType, row.value)).toEqual({ value: row.value });
    const counts = await t.http.get('/api/v1/numbers/counts').set('Authorization', ADMIN_AUTH).expect(200);
    expect(counts.body).toContainEqual(expect.objectContaining({ pool: 'gold', resourceType: 'msisdn', status: 'available' }));
    const pick = await t.http
      .get('/tmf-api/resourceInventoryManagement/v4/resource?resourceType=iccid&status=available&random=true&limit=5')
      .set('Authorization', ADMIN_AUTH)
      .expect(200);
    expect(pick.body).toHaveLength(5);
  });
});
