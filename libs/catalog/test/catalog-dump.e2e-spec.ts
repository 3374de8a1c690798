import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { newUser } from '@contactly/identity/testing';
import { ProductCategory } from '../src/category/product-category.entity.js';
import { ProductOfferingCategory } from '../src/offering/product-offering-links.entity.js';
import { insertOffering } from '../src/testing/index.js';
import { createCatalogTestApp } from './catalog-test-app.js';
import { DUMPS, type DumpManifest, download, dumpNow, finished, linesOf, sha256Of } from './catalog-dump-client.js';

const OFFERING_HREF = /^\/tmf-api\/productCatalogManagement\/v4\/productOffering\/\d+$/;

/** The daily catalog dump, started on demand: what it holds, how it is served, who may start it. */
describe('catalog dump', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createCatalogTestApp();
  });
  afterAll(() => t.close());

  it('has entities and migrations that agree on this dialect (no pending schema change)', async () => {
    const sql = await t.db.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('answers 404 CATALOG_DUMP_NOT_FOUND before any dump, and for unknown ids of any form', async () => {
    for (const path of [`${DUMPS}/latest`, `${DUMPS}/999999`, `${DUMPS}/abc`, `${DUMPS}/999999/download`, `${DUMPS}/1.5/download`]) {
      const res = await t.http.get(path).set('Authorization', ADMIN_AUTH).expect(404);
      expect(res.body).toMatchObject({ code: 'CATALOG_DUMP_NOT_FOUND' });
    }
    const list = await t.http.get(DUMPS).set('Authorization', ADMIN_AUTH).expect(200);
    expect(list.body).toEqual([]);
  });

  it('refuses a dump to a user without catalog:dump (403), who may still read the dumps', async () => {
    const agent = await newUser(t, { roles: ['agent'] });
    const refused = await Promise.all(Array.from({ length: 5 }, () => t.http.post(DUMPS).set('Authorization', agent.auth)));
    for (const res of refused) expect(res.status).toBe(403);
    await t.http.get(DUMPS).set('Authorization', agent.auth).expect(200);
    const list = await t.http.get(DUMPS).set('Authorization', ADMIN_AUTH).expect(200);
    expect(list.body).toEqual([]);
  });

  it('dumps the launched offerings as TMF620 NDJSON in gzip, with prices, specification, categories and bundles; counts and SHA-256 in the manifest', async () => {
    const sim = await insertOffering(t, {
      name: 'SIM card',
      isSellable: false,
      resourceKinds: ['iccid'],
      prices: [{ priceType: 'oneTime', amountMinor: 500 }],
    });
    const plan = await insertOffering(t, {
      name: 'Mobile M',
      prices: [
        { priceType: 'recurring', recurringPeriod: 'month', amountMinor: 1999 },
        { priceType: 'usage', amountMinor: 250 },
      ],
      bundled: [sim.offeringId],
    });
    const inTest = await insertOffering(t, { name: 'Not yet', lifecycleStatus: 'inTest' });
    const retired = await insertOffering(t, { name: 'Gone', lifecycleStatus: 'retired' });
    const now = new Date();
    const category = await t.db.repository(ProductCategory).save({
      name: 'Mobile plans',
      description: null,
      lifecycleStatus: 'launched',
      specVersion: '1.0',
      validFrom: now,
      validTo: null,
      createdAt: now,
      updatedAt: now,
      parentId: null,
      isRoot: true,
    });
    await t.db.repository(ProductOfferingCategory).insert({ offeringId: plan.offeringId, categoryId: category.id });

    const started = await t.http.post(DUMPS).set('Authorization', ADMIN_AUTH).expect(202);
    expect(started.body).toMatchObject({ status: 'running', trigger: 'manual', requestedBy: 'Admin' });
    const manifest = await finished(t, (started.body as DumpManifest).id);
    expect(manifest).toMatchObject({
      status: 'completed',
      counts: { productOffering: 2, productSpecification: 2, category: 1, productOfferingPrice: 3 },
      error: null,
      downloadHref: expect.stringMatching(new RegExp(`${DUMPS}/${manifest.id}/download$`)),
    });

    const res = await download(t, `${DUMPS}/latest`).expect(200);
    expect(res.headers['content-type']).toBe('application/gzip');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="catalog-${manifest.startedAt.slice(0, 10)}.ndjson.gz"`);
    expect(res.headers['x-catalog-dump-id']).toBe(String(manifest.id));
    expect(res.headers.etag).toBe(`"${manifest.sha256}"`);
    expect(new Date(res.headers['last-modified']).getTime()).toBe(Math.floor(Date.parse(manifest.finishedAt!) / 1000) * 1000);
    const bytes = res.body as Buffer;
    expect(bytes.length).toBe(manifest.byteSize);
    expect(sha256Of(bytes)).toBe(manifest.sha256);

    const lines = linesOf(res);
    const byType = (type: string) => lines.filter((line) => line['@type'] === type);
    expect(lines).toHaveLength(2 + 2 + 1);
    expect(byType('ProductOffering').map((l) => l.id)).toEqual([String(sim.offeringId), String(plan.offeringId)]);
    expect(lines.map((l) => l.id)).not.toContain(String(inTest.offeringId));
    expect(lines.map((l) => l.id)).not.toContain(String(retired.offeringId));
    const planLine = byType('ProductOffering')[1];
    expect(planLine).toMatchObject({
      '@type': 'ProductOffering',
      id: String(plan.offeringId),
      href: `/tmf-api/productCatalogManagement/v4/productOffering/${plan.offeringId}`,
      name: 'Mobile M',
      lifecycleStatus: 'launched',
      isBundle: true,
      isSellable: true,
      productSpecification: { id: String(plan.specificationId), '@referredType': 'ProductSpecification' },
      productOfferingPrice: [
        {
          '@type': 'ProductOfferingPrice',
          id: String(plan.priceIds[0]),
          priceType: 'recurring',
          recurringChargePeriodType: 'month',
          recurringChargePeriodLength: 1,
          price: { unit: 'EUR', value: 19.99 },
        },
        { id: String(plan.priceIds[1]), priceType: 'usage', unitOfMeasure: { amount: 1, units: 'GB' }, price: { unit: 'EUR', value: 2.5 } },
      ],
      category: [{ id: String(category.id), name: 'Mobile plans', href: `/tmf-api/productCatalogManagement/v4/category/${category.id}` }],
      bundledProductOffering: [
        { '@type': 'BundledProductOffering', id: String(sim.offeringId), name: 'SIM card', lifecycleStatus: 'launched' },
      ],
    });
    expect(planLine.href).toMatch(OFFERING_HREF);
    expect(byType('ProductSpecification').map((l) => l.id)).toEqual([String(sim.specificationId), String(plan.specificationId)]);
    expect(byType('ProductSpecification')[0]).toMatchObject({ resourceSpecification: [{ id: 'iccid' }] });
    expect(byType('Category')).toEqual([expect.objectContaining({ id: String(category.id), name: 'Mobile plans', isRoot: true })]);

    // The same bytes by id; 304 for a copy that is current, by tag or by date.
    const byId = await download(t, `${DUMPS}/${manifest.id}/download`).expect(200);
    expect(sha256Of(byId.body as Buffer)).toBe(manifest.sha256);
    const conditions: Record<string, string>[] = [
      { 'If-None-Match': `"${manifest.sha256}"` },
      { 'If-None-Match': `"other", W/"${manifest.sha256}"` },
      { 'If-Modified-Since': res.headers['last-modified'] },
    ];
    for (const headers of conditions) {
      const cached = await download(t, `${DUMPS}/latest`, headers).expect(304);
      expect(cached.headers.etag).toBe(`"${manifest.sha256}"`);
      expect((cached.body as Buffer).length).toBe(0);
    }
    await download(t, `${DUMPS}/latest`, { 'If-None-Match': '"stale"' }).expect(200);
    await download(t, `${DUMPS}/latest`, { 'If-Modified-Since': new Date(Date.parse(manifest.finishedAt!) - 60_000).toUTCString() }).expect(
      200,
    );

    // The create event and the audit entry of the person who asked.
    const events = await t.db.dataSource.query(`SELECT event_type, resource_id FROM outbox_event WHERE resource_type = 'catalogDump'`);
    expect(events).toEqual([{ event_type: 'CatalogDumpCreateEvent', resource_id: String(manifest.id) }]);
    const audit = await t.db.dataSource.query(`SELECT actor_name, action FROM audit_entry WHERE resource_type = 'catalogDump'`);
    expect(audit).toEqual([{ actor_name: 'Admin', action: 'create' }]);
  });

  it('lists the manifests with paging, sort and filters on status and trigger', async () => {
    const second = await dumpNow(t);
    const all = await t.http.get(`${DUMPS}?sort=-startedAt`).set('Authorization', ADMIN_AUTH).expect(200);
    expect(all.headers['x-total-count']).toBe('2');
    expect((all.body as DumpManifest[])[0].id).toBe(second.id);
    const page = await t.http.get(`${DUMPS}?limit=1&offset=1&sort=-id&fields=status`).set('Authorization', ADMIN_AUTH).expect(200);
    expect(page.body).toEqual([{ id: second.id - 1, href: expect.any(String), status: 'completed' }]);
    for (const [query, count] of [
      ['status=completed', 2],
      ['status=failed', 0],
      ['trigger=manual', 2],
      ['trigger=scheduled', 0],
    ] as const) {
      const res = await t.http.get(`${DUMPS}?${query}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(res.headers['x-total-count']).toBe(String(count));
    }
    const bad = await t.http.get(`${DUMPS}?status=done`).set('Authorization', ADMIN_AUTH).expect(400);
    expect(JSON.stringify(bad.body)).toContain('status');
    const latest = await download(t, `${DUMPS}/latest`).expect(200);
    expect(latest.headers['x-catalog-dump-id']).toBe(String(second.id));
  });

  it('replays the first answer to a repeated Idempotency-Key without a second dump', async () => {
    const before = (await t.http.get(DUMPS).set('Authorization', ADMIN_AUTH)).headers['x-total-count'];
    const first = await t.http.post(DUMPS).set('Authorization', ADMIN_AUTH).set('Idempotency-Key', 'dump-once').expect(202);
    await finished(t, (first.body as DumpManifest).id);
    const again = await Promise.all(
      Array.from({ length: 5 }, () => t.http.post(DUMPS).set('Authorization', ADMIN_AUTH).set('Idempotency-Key', 'dump-once')),
    );
    for (const res of again) {
      expect(res.status).toBe(202);
      expect(res.body).toEqual(first.body);
    }
    const after = (await t.http.get(DUMPS).set('Authorization', ADMIN_AUTH)).headers['x-total-count'];
    expect(Number(after)).toBe(Number(before) + 1);
  });
});
