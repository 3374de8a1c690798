// Catalog read benchmark (not part of `npm test`: prints figures, asserts nothing). On MariaDB:
//
//   npm run bench -- catalog     (or, by hand:)
//   DATABASE_URL=mariadb://root@127.0.0.1:3306/contactly_bench_catalog node --experimental-vm-modules \
//     --no-warnings=ExperimentalWarning node_modules/jest/bin/jest.js --testMatch '**/libs/catalog/bench/*.bench.ts' --testTimeout 900000
//
// `GET productOffering` (a page, a filtered page, a deep page, one offering) at BENCH_OFFERINGS
// offerings (default 10,000; target p95 ≤ 20 ms), at BENCH_CONCURRENCY (default 8) clients and at one,
// through the server built for production in its own process, beside a bare node:http + mysql2 server answering
// the same page with the same queries. The clients run on a worker thread (bench-kit's loadFromWorker).
import type { RowDataPacket } from 'mysql2/promise';
import { bulkInsert } from '@contactly/platform';
import { ADMIN_AUTH } from '@contactly/platform/testing';
import type { EntityManager } from 'typeorm';
import { type BuiltServer, compareLine, measureGets, rawPool, rawServer, startBuiltServer } from '../../../bench/lib/bench-kit.js';
import { ProductOfferingPriceLink } from '../src/offering/product-offering-links.entity.js';
import { ProductOffering } from '../src/offering/product-offering.entity.js';
import { ProductOfferingPrice } from '../src/price/product-offering-price.entity.js';
import { ProductSpecification } from '../src/specification/product-specification.entity.js';

const OFFERINGS = Number(process.env.BENCH_OFFERINGS ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const API = '/tmf-api/productCatalogManagement/v4/productOffering';
type Row = RowDataPacket & Record<string, unknown>;
const STATUSES = ['launched', 'launched', 'launched', 'retired', 'inTest'] as const;

async function seed(manager: EntityManager): Promise<void> {
  const now = new Date();
  const common = {
    description: 'A plan for the benchmark',
    specVersion: '1.0',
    validFrom: now,
    validTo: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await manager.transaction(async (t) => {
    await bulkInsert(t, ProductSpecification, [
      {
        ...common,
        id: 1,
        name: 'Mobile plan',
        lifecycleStatus: 'launched',
        brand: 'Contactly',
        productNumber: 'MP',
        isBundle: false,
        characteristics: null,
        resourceKinds: ['msisdn', 'iccid'],
      },
    ]);
    for (let from = 1; from <= OFFERINGS; from += 2_000) {
      const ids = Array.from({ length: Math.min(2_000, OFFERINGS - from + 1) }, (_, i) => from + i);
      await bulkInsert(
        t,
        ProductOffering,
        ids.map((id) => ({
          ...common,
          id,
          name: `Plan ${id}`,
          lifecycleStatus: STATUSES[id % STATUSES.length],
          isBundle: false,
          isSellable: true,
          productSpecificationId: 1,
        })),
      );
      await bulkInsert(
        t,
        ProductOfferingPrice,
        ids.flatMap((id) => [
          {
            ...common,
            id: id * 2 - 1,
            name: `Plan ${id} monthly`,
            lifecycleStatus: 'launched',
            priceType: 'recurring',
            recurringPeriod: 'month',
            recurringPeriodLength: 1,
            amountMinor: 999 + (id % 50) * 100,
            currency: 'EUR',
            unitOfMeasure: null,
            taxRate: 20,
          },
          {
            ...common,
            id: id * 2,
            name: `Plan ${id} data`,
            lifecycleStatus: 'launched',
            priceType: 'usage',
            recurringPeriod: null,
            recurringPeriodLength: null,
            amountMinor: 200,
            currency: 'EUR',
            unitOfMeasure: 'GB',
            taxRate: 20,
          },
        ]),
      );
      await bulkInsert(
        t,
        ProductOfferingPriceLink,
        ids.flatMap((id) => [
          { offeringId: id, priceId: id * 2 - 1, position: 0 },
          { offeringId: id, priceId: id * 2, position: 1 },
        ]),
      );
    }
  });
}

describe(`GET productOffering at ${OFFERINGS} offerings`, () => {
  let server: BuiltServer;
  beforeAll(async () => {
    server = await startBuiltServer(process.env.DATABASE_URL ?? 'mariadb://root@127.0.0.1:3306/contactly_bench_catalog', 'list', {
      entities: [ProductSpecification, ProductOffering, ProductOfferingPrice, ProductOfferingPriceLink],
    });
    await seed(server.dataSource.manager);
  }, 600_000);
  afterAll(() => server?.stop());

  it('measures', async () => {
    const pool = rawPool(server.databaseUrl);
    // The baseline answers a page as the API does: the page of offerings, then their prices and specifications in one query each.
    const raw = await rawServer(async (_request, url) => {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const status = url.searchParams.get('lifecycleStatus');
      const [offerings] = await pool.query<Row[]>(
        `SELECT * FROM product_offering ${status ? 'WHERE lifecycle_status = ?' : ''} ORDER BY id LIMIT 20 OFFSET ?`,
        status ? [status, offset] : [offset],
      );
      const ids = offerings.map((o) => o.id);
      const [prices] = ids.length
        ? await pool.query<Row[]>(
            'SELECT l.offering_id, p.* FROM product_offering_price_link l JOIN product_offering_price p ON p.id = l.price_id WHERE l.offering_id IN (?) ORDER BY l.position',
            [ids],
          )
        : [[]];
      const [specs] = ids.length
        ? await pool.query<Row[]>('SELECT * FROM product_specification WHERE id IN (?)', [
            [...new Set(offerings.map((o) => o.product_specification_id))],
          ])
        : [[]];
      return offerings.map((o) => ({
        ...o,
        prices: prices.filter((p) => p.offering_id === o.id),
        spec: specs.find((s) => s.id === o.product_specification_id),
      }));
    });
    const ours = `${server.url}${API}`;
    const lines = [
      `database: mariadb, the built server in its own process, ${OFFERINGS} offerings, ${REQUESTS} requests, ${CONCURRENCY} concurrent`,
    ];
    const headers = { authorization: ADMIN_AUTH };
    const scenarios: [string, (i: number) => string, (i: number) => string][] = [
      ['first page', () => `${ours}`, () => `${raw.url}/`],
      [
        'launched only, pages 1–50',
        (i) => `${ours}?lifecycleStatus=launched&offset=${(i % 50) * 20}`,
        (i) => `${raw.url}/?lifecycleStatus=launched&offset=${(i % 50) * 20}`,
      ],
      [
        'deep pages (offset up to 9,000)',
        (i) => `${ours}?offset=${(i * 377) % Math.max(1, OFFERINGS - 1000)}`,
        (i) => `${raw.url}/?offset=${(i * 377) % Math.max(1, OFFERINGS - 1000)}`,
      ],
    ];
    for (const [name, ourUrl, rawUrl] of scenarios) {
      await measureGets(200, CONCURRENCY, ourUrl, headers); // warm-up
      await measureGets(200, CONCURRENCY, rawUrl);
      const contactly = await measureGets(REQUESTS, CONCURRENCY, ourUrl, headers);
      const baseline = await measureGets(REQUESTS, CONCURRENCY, rawUrl);
      lines.push(compareLine(`GET productOffering, ${name}`, contactly, baseline));
      // One shop reading at a time: the latency of a page itself, without queueing behind the others on two cores.
      const alone = await measureGets(REQUESTS / 4, 1, ourUrl, headers);
      const rawAlone = await measureGets(REQUESTS / 4, 1, rawUrl);
      lines.push(compareLine(`GET productOffering, ${name}, one client`, alone, rawAlone));
    }
    const one = await measureGets(REQUESTS, CONCURRENCY, (i) => `${ours}/${1 + ((i * 7919) % OFFERINGS)}`, headers);
    lines.push(`GET productOffering/{id}: p50 ${one.p50} ms, p95 ${one.p95} ms, ${one.perSecond}/s, ${one.failures} failed`);
    await raw.close();
    await pool.end();
    process.stdout.write(`\n${lines.join('\n')}\n\n`);
  });
});
