import { ManualClock } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { CatalogDumpChunk } from '../src/dump/catalog-dump-chunk.entity.js';
import { CatalogDump } from '../src/dump/catalog-dump.entity.js';
import { CatalogDumpRetention } from '../src/dump/catalog-dump-retention.js';
import { CatalogDumpService } from '../src/dump/catalog-dump.service.js';
import { insertCatalogInBulk, insertOffering } from '../src/testing/index.js';
import { createCatalogTestApp } from './catalog-test-app.js';
import { DUMPS, type DumpManifest, download, dumpNow, finished, linesOf, sha256Of } from './catalog-dump-client.js';

const DAY = 86_400_000;

/** Dumps at volume, under contention and across instances: one at a time, once per slot, streamed in chunks. */
describe('catalog dump runs', () => {
  let t: TestApp;
  let offerings: number;

  beforeAll(async () => {
    t = await createCatalogTestApp();
    offerings = 5_000;
    await insertCatalogInBulk(t, { offerings, categories: 7 });
    await insertCatalogInBulk(t, { offerings: 300, lifecycleStatus: 'retired', categories: 0 });
  });
  afterAll(() => t.close());

  it('starts one dump for ten concurrent requests (202 with it, or 409 CATALOG_DUMP_BUSY naming it), and dumps 5,000 offerings in several chunks', async () => {
    await t.http.get(DUMPS).set('Authorization', ADMIN_AUTH).expect(200); // credentials verified and cached before the race
    const answers = await Promise.all(Array.from({ length: 10 }, () => t.http.post(DUMPS).set('Authorization', ADMIN_AUTH)));
    const ids = new Set<number>();
    for (const res of answers) {
      expect([202, 409]).toContain(res.status);
      if (res.status === 202) ids.add((res.body as DumpManifest).id);
      else {
        expect(res.body).toMatchObject({ code: 'CATALOG_DUMP_BUSY' });
        ids.add((res.body as { runningDump: DumpManifest }).runningDump.id);
      }
    }
    expect(answers.filter((res) => res.status === 202).length).toBeGreaterThanOrEqual(1);
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    expect(await t.db.repository(CatalogDump).count()).toBe(1);

    const manifest = await finished(t, id);
    expect(manifest).toMatchObject({
      status: 'completed',
      counts: { productOffering: offerings, productSpecification: offerings, category: 7, productOfferingPrice: 2 * offerings },
    });
    expect(manifest.chunkCount).toBeGreaterThan(1);
    expect(await t.db.repository(CatalogDumpChunk).count({ where: { dumpId: id } })).toBe(manifest.chunkCount);
    const res = await download(t, `${DUMPS}/${id}/download`).expect(200);
    expect(sha256Of(res.body as Buffer)).toBe(manifest.sha256);
    const lines = linesOf(res);
    expect(lines).toHaveLength(offerings * 2 + 7);
    const offeringLines = lines.filter((line) => line['@type'] === 'ProductOffering');
    expect(offeringLines).toHaveLength(offerings);
    const offeringIds = offeringLines.map((line) => Number(line.id));
    expect(offeringIds).toEqual([...offeringIds].sort((a, b) => a - b));
    expect(new Set(offeringIds).size).toBe(offerings);
    expect(offeringLines.every((line) => line.lifecycleStatus === 'launched')).toBe(true);
    expect(offeringLines[0]).toMatchObject({
      productOfferingPrice: [
        { priceType: 'recurring', price: { unit: 'EUR', value: expect.any(Number) }, tax: [{ taxCategory: 'VAT', taxRate: 20 }] },
        { priceType: 'oneTime', price: { unit: 'EUR', value: 10 } },
      ],
      category: [{ '@referredType': 'Category' }],
    });
  });

  it('runs the scheduled dump of a slot once with two instances ticking at the same time', async () => {
    const other = await createCatalogTestApp({ database: t.database });
    try {
      const slot = new Date('2026-12-08T02:00:00.000Z');
      const results = await Promise.all([t.get(CatalogDumpService).runScheduled(slot), other.get(CatalogDumpService).runScheduled(slot)]);
      const made = results.filter((result): result is CatalogDump => typeof result === 'object' && result !== null);
      expect(made).toHaveLength(1);
      expect(made[0]).toMatchObject({ status: 'completed', trigger: 'scheduled', scheduledFor: slot, offeringCount: offerings });
      // A late tick of the same slot (a clock behind, a retry) finds it done; the next slot dumps again.
      expect(await other.get(CatalogDumpService).runScheduled(slot)).toBeNull();
      expect(await t.db.repository(CatalogDump).count({ where: { trigger: 'scheduled' } })).toBe(1);
      const next = await other.get(CatalogDumpService).runScheduled(new Date(slot.getTime() + DAY));
      expect(next).toMatchObject({ status: 'completed' });
      const list = await t.http.get(`${DUMPS}?trigger=scheduled`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(list.headers['x-total-count']).toBe('2');
    } finally {
      await other.close();
    }
  });
});

/** Failures leave nothing to download; retention deletes old dumps but never the latest completed one. */
describe('catalog dump failures and retention', () => {
  const clock = new ManualClock('2026-03-01T02:00:00.000Z');
  let t: TestApp;

  beforeAll(async () => {
    t = await createCatalogTestApp({ clock, env: { CATALOG_DUMP_RETENTION_DAYS: '7' } });
    await insertOffering(t, { name: 'Mobile S' });
  });
  afterAll(() => t.close());

  it('leaves a failed manifest, no bytes and the previous latest when a run fails', async () => {
    const first = await dumpNow(t);
    clock.advance(DAY);
    // A specification whose stored characteristics are not JSON (damaged data) makes the run fail mid-way.
    const broken = await insertOffering(t, { name: 'Damaged' });
    await t.db.dataSource.query(`UPDATE product_specification SET characteristics = '{broken' WHERE id = ?`, [broken.specificationId]);
    const failed = await dumpNow(t);
    expect(failed).toMatchObject({ status: 'failed', error: expect.any(String), sha256: null, downloadHref: null });
    expect(await t.db.repository(CatalogDumpChunk).count({ where: { dumpId: failed.id } })).toBe(0);
    await t.http.get(`${DUMPS}/${failed.id}/download`).set('Authorization', ADMIN_AUTH).expect(404);
    const latest = await download(t, `${DUMPS}/latest`).expect(200);
    expect(latest.headers['x-catalog-dump-id']).toBe(String(first.id));
    const failedList = await t.http.get(`${DUMPS}?status=failed`).set('Authorization', ADMIN_AUTH).expect(200);
    expect((failedList.body as DumpManifest[]).map((d) => d.id)).toEqual([failed.id]);
    await t.db.dataSource.query(`UPDATE product_specification SET characteristics = NULL WHERE id = ?`, [broken.specificationId]);
  });

  it('deletes dumps older than CATALOG_DUMP_RETENTION_DAYS after a successful run, and keeps the latest completed one however old', async () => {
    const before = await t.db.repository(CatalogDump).find({ order: { id: 'ASC' } });
    expect(before.map((d) => d.status)).toEqual(['completed', 'failed']);
    clock.advance(5 * DAY);
    const recent = await dumpNow(t); // day 6: nothing is 7 days old yet
    expect(await t.db.repository(CatalogDump).count()).toBe(3);
    clock.advance(3 * DAY); // day 9: the first two are older than 7 days
    const fresh = await dumpNow(t);
    const kept = await t.db.repository(CatalogDump).find({ order: { id: 'ASC' } });
    expect(kept.map((d) => d.id)).toEqual([recent.id, fresh.id]);
    expect(await t.db.repository(CatalogDumpChunk).count({ where: before.map((d) => ({ dumpId: d.id })) })).toBe(0);
    const deleted = await t.db.dataSource.query(
      `SELECT resource_id FROM outbox_event WHERE event_type = 'CatalogDumpDeleteEvent' ORDER BY resource_id`,
    );
    expect(deleted).toEqual(before.map((d) => ({ resource_id: String(d.id) })));

    // Months later with no dump since: the latest completed one stays, only older ones go.
    clock.advance(90 * DAY);
    expect(await t.get(CatalogDumpRetention).apply()).toEqual([recent.id]);
    const latest = await download(t, `${DUMPS}/latest`).expect(200);
    expect(latest.headers['x-catalog-dump-id']).toBe(String(fresh.id));
  });
});
