import { OutboxEvent } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { newAffiliate } from '@contactly/customers/testing';
import { luhnCheckDigit } from '../src/resource/number-format.js';
import { NumberResource } from '../src/resource/number-resource.entity.js';
import { NumberReservation } from '../src/reservation/number-reservation.entity.js';
import { insertNumbers } from '../src/testing/index.js';
import { createInventoryTestApp } from './inventory-test-app.js';

const IMPORTS = '/api/v1/numbers/imports';
const iccid = (body: string) => `${body}${luhnCheckDigit(body)}`;

/** Bulk imports (ranges and CSV), porting in and out, and the counts of the pool screen. */
describe('Number imports, porting and counts', () => {
  let t: TestApp;
  let affiliate: { auth: string };

  beforeAll(async () => {
    t = await createInventoryTestApp({ env: { NUMBER_IMPORT_MAX: '5000' } });
    affiliate = await newAffiliate(t, ADMIN_AUTH);
  });
  afterAll(() => t.close());

  const count = (where: { pool?: string; value?: string }) => t.db.repository(NumberResource).countBy(where);
  const importRange = (body: object, auth = ADMIN_AUTH) => t.http.post(IMPORTS).set('Authorization', auth).send(body);
  const importCsv = (text: string, query: string) =>
    t.http.post(`${IMPORTS}?${query}`).set('Authorization', ADMIN_AUTH).set('Content-Type', 'text/csv').send(text);

  it('imports an MSISDN range, reporting the numbers in the pool already and never doubling them', async () => {
    await insertNumbers(t, 'msisdn', ['4916000000005', '4916000000007']);
    const res = await importRange({ resourceType: 'msisdn', from: '4916000000000', to: '4916000000999', pool: 'range' }).expect(200);
    expect(res.body).toMatchObject({ resourceType: 'msisdn', pool: 'range', received: 1000, inserted: 998 });
    expect(res.body.duplicates).toEqual({ count: 2, first: ['4916000000005', '4916000000007'] });
    expect(await count({ pool: 'range' })).toBe(998);
    const again = await importRange({ resourceType: 'msisdn', from: '4916000000990', to: '4916000001009', pool: 'range' }).expect(200);
    expect(again.body).toMatchObject({ inserted: 10, duplicates: { count: 10 } });
    const events = await t.db.repository(OutboxEvent).findBy({ resourceType: 'numberImport', resourceId: res.body.importId });
    expect(events.map((e) => e.eventType)).toEqual(['NumberImportCreateEvent']);
    // A large import commits in batches of 2,000, each with its event: what a cut-short import added is on record.
    const large = await importRange({ resourceType: 'msisdn', from: '4916000100000', to: '4916000102499', pool: 'range' }).expect(200);
    expect(large.body).toMatchObject({ inserted: 2_500 });
    const parts = await t.db.repository(OutboxEvent).findBy({ resourceType: 'numberImport', resourceId: large.body.importId });
    expect(parts).toHaveLength(2);
    expect(parts.map((e) => e.payload).join()).toContain('"inserted":500');
  });

  it('imports an ICCID range with a check digit each', async () => {
    const res = await importRange({ resourceType: 'iccid', from: iccid('894910000000000100'), to: iccid('894910000000000149') }).expect(
      200,
    );
    expect(res.body.inserted).toBe(50);
    const row = await t.db.repository(NumberResource).findOneByOrFail({ value: iccid('894910000000000120') });
    expect(row).toMatchObject({ resourceType: 'iccid', status: 'available', pool: 'default' });
  });

  it('never doubles a number when overlapping imports run at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        importRange({
          resourceType: 'msisdn',
          from: String(4916100000000 + i * 1000),
          to: String(4916100001999 + i * 1000),
          pool: 'overlap',
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
    const stored = await count({ pool: 'overlap' });
    const inserted = answers.reduce((sum, a) => sum + (a.body.inserted as number), 0);
    expect(inserted).toBe(stored);
    const received = answers.reduce((sum, a) => sum + (a.body.received as number), 0);
    const duplicates = answers.reduce((sum, a) => sum + (a.body.duplicates.count as number), 0);
    expect(inserted + duplicates).toBe(received);
    const rows = await t.db.repository(NumberResource).findBy({ pool: 'overlap' });
    expect(new Set(rows.map((r) => r.value)).size).toBe(rows.length);
  });

  it('imports a CSV upload with porting columns; a malformed line is 400 naming it and writes nothing', async () => {
    const csv = 'number,donorOperator,portingState\n+4916200000001\n4916200000002,Vodafone\n\n4916200000003,O2,inProgress\n4916200000001\n';
    const res = await importCsv(csv, 'resourceType=msisdn&pool=csv').expect(200);
    expect(res.body).toMatchObject({ received: 4, inserted: 3, duplicates: { count: 1, first: ['4916200000001'] } });
    expect(await t.db.repository(NumberResource).findOneByOrFail({ value: '4916200000002' })).toMatchObject({
      portedIn: true,
      donorOperator: 'Vodafone',
      portingState: 'completed',
    });
    const bad = await importCsv('4916200000010\n4916200000011\n0800123\n', 'resourceType=msisdn&pool=bad').expect(400);
    expect(bad.body).toMatchObject({ code: 'INVALID_IMPORT_LINE', message: expect.stringContaining('line 3') });
    expect(bad.body.details[0].field).toBe('line 3');
    const badIccid = await importCsv(`${iccid('894910000000000900')}\n8949100000000009011\n`, 'resourceType=iccid').expect(400);
    expect(badIccid.body.details[0]).toMatchObject({ field: 'line 2', message: expect.stringContaining('Luhn') });
    expect(await count({ pool: 'bad' })).toBe(0);
    await importCsv('4916200000010', 'pool=x').expect(400);
  });

  it('refuses an import over NUMBER_IMPORT_MAX (413) or malformed (400) and writes nothing', async () => {
    const tooLarge = await importRange({ resourceType: 'msisdn', from: '4916300000000', to: '4916300005000', pool: 'big' }).expect(413);
    expect(tooLarge.body.code).toBe('IMPORT_TOO_LARGE');
    const lines = Array.from({ length: 5001 }, (_, i) => String(4916400000000 + i)).join('\n');
    expect((await importCsv(lines, 'resourceType=msisdn&pool=big').expect(413)).body.code).toBe('IMPORT_TOO_LARGE');
    expect(await count({ pool: 'big' })).toBe(0);
    for (const body of [
      { resourceType: 'msisdn', from: '4916300000010', to: '4916300000001' },
      { resourceType: 'msisdn', from: '0916300000000', to: '0916300000010' },
      { resourceType: 'msisdn', from: '4916300000000' },
      { resourceType: 'fax', from: '4916300000000', to: '4916300000001' },
      { resourceType: 'msisdn', from: '4916300000000', to: '4916300000001', extra: 1 },
    ])
      await importRange(body).expect(400);
    await t.http.post(IMPORTS).set('Authorization', ADMIN_AUTH).set('Content-Type', 'text/plain').send('4916300000000').expect(415);
    await importRange({ resourceType: 'msisdn', from: '4916300000000', to: '4916300000001' }, affiliate.auth).expect(403);
  });

  it('ports numbers in (tagging or adding them) and out (they leave the pool, never reserved again)', async () => {
    const [existing] = await insertNumbers(t, 'msisdn', ['4916500000001']);
    const tagged = await t.http
      .post('/api/v1/numbers/port-in')
      .set('Authorization', ADMIN_AUTH)
      .send({ resourceType: 'msisdn', value: existing.value, donorOperator: 'Telekom', portingState: 'inProgress' })
      .expect(200);
    expect(tagged.body).toMatchObject({ id: String(existing.id), portedIn: true, donorOperator: 'Telekom', portingState: 'inProgress' });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.http
          .post('/api/v1/numbers/port-in')
          .set('Authorization', ADMIN_AUTH)
          .send({ resourceType: 'msisdn', value: '4916500000002', donorOperator: 'O2' }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(await count({ value: '4916500000002' })).toBe(1);
    const reservation = await t.http
      .post('/api/v1/numbers/reservations')
      .set('Authorization', ADMIN_AUTH)
      .send({ resourceType: 'msisdn', value: '4916500000002', cartId: 'port' })
      .expect(201);
    const outs = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.http.post('/api/v1/numbers/port-out').set('Authorization', ADMIN_AUTH).send({ resourceType: 'msisdn', value: '4916500000002' }),
      ),
    );
    expect(outs.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(outs[0].body.status).toBe('portedOut');
    expect((await t.db.repository(NumberReservation).findOneByOrFail({ id: Number(reservation.body.id) })).status).toBe('released');
    const refused = await t.http
      .post('/api/v1/numbers/reservations')
      .set('Authorization', ADMIN_AUTH)
      .send({ resourceType: 'msisdn', value: '4916500000002', cartId: 'again' })
      .expect(409);
    expect(refused.body.code).toBe('NUMBER_NOT_AVAILABLE');
    await t.http
      .post('/api/v1/numbers/port-in')
      .set('Authorization', ADMIN_AUTH)
      .send({ resourceType: 'msisdn', value: '4916500000002', donorOperator: 'O2' })
      .expect(409);
    await t.http
      .post('/api/v1/numbers/port-out')
      .set('Authorization', ADMIN_AUTH)
      .send({ resourceType: 'msisdn', value: '4916599999999' })
      .expect(404);
    await t.http
      .post('/api/v1/numbers/port-in')
      .set('Authorization', ADMIN_AUTH)
      .send({ resourceType: 'msisdn', value: '12', donorOperator: 'X' })
      .expect(400);
    await t.http
      .post('/api/v1/numbers/port-out')
      .set('Authorization', affiliate.auth)
      .send({ resourceType: 'msisdn', value: existing.value })
      .expect(403);
  });

  it('counts numbers by pool, type and status', async () => {
    const res = await t.http.get('/api/v1/numbers/counts').set('Authorization', ADMIN_AUTH).expect(200);
    expect(res.body).toContainEqual({ pool: 'csv', resourceType: 'msisdn', status: 'available', count: 3 });
    expect(res.body).toContainEqual({ pool: 'default', resourceType: 'msisdn', status: 'portedOut', count: 1 });
    await t.http.get('/api/v1/numbers/counts').set('Authorization', affiliate.auth).expect(403);
  });
});
