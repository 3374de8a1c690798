// Catalog dump benchmark (not part of `npm test`: prints figures, asserts nothing). On MariaDB:
//
//   DATABASE_URL=mariadb://root@127.0.0.1:3306/contactly_bench_catalog node --max-semi-space-size=64 --experimental-vm-modules \
//     --no-warnings=ExperimentalWarning --expose-gc node_modules/jest/bin/jest.js \
//     --testMatch '**/libs/catalog/bench/*.bench.ts' --testTimeout 900000 libs/catalog/bench
//
// BENCH_OFFERINGS (default 100,000) launched offerings, each with a specification, two prices and a
// category, inserted in bulk; then a dump through the real server (POST /api/v1/catalog/dumps, the
// run streaming pages → gzip → database chunks) and its download, with the process's RSS and heap
// sampled every 20 ms; beside a raw-driver baseline: a plain mysql2 streaming SELECT of the same rows
// into gzip (no storage). Targets (issue 14): the dump ≤ 10 s, memory growth < 100 MB.
// Run it with the server's own Node flags (`--max-semi-space-size=64`, package.json start:built): with
// the default young generation a page of rows outlives a scavenge and is promoted, and the old
// generation grows by garbage until a full collection (the live heap stays flat either way: see the
// "GC every 250 ms" line).
import { createHash } from 'node:crypto';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import mysql from 'mysql2';
import { parseDatabaseUrl } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { insertCatalogInBulk } from '@contactly/catalog/testing';
import { createCatalogTestApp } from '../test/catalog-test-app.js';

const OFFERINGS = Number(process.env.BENCH_OFFERINGS ?? 100_000);
const MB = 1024 * 1024;

interface MemoryPeak {
  rssGrowthMb: number;
  heapGrowthMb: number;
  /** With `live`: the peak of the heap right after a full GC (every 250 ms), what the run really holds. */
  liveHeapGrowthMb?: number;
}

/** Runs `work` while sampling memory; growth is the peak over the level measured (after a GC) just before. */
async function measured<T>(work: () => Promise<T>, live = false): Promise<{ result: T; ms: number; memory: MemoryPeak }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  let peakLive = base.heapUsed;
  let ticks = 0;
  const sampler = setInterval(() => {
    ticks += 1;
    if (live && gc && ticks % 12 === 0) {
      gc();
      peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
    }
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 20);
  const started = performance.now();
  try {
    const result = await work();
    return {
      result,
      ms: performance.now() - started,
      memory: {
        rssGrowthMb: (peakRss - base.rss) / MB,
        heapGrowthMb: (peakHeap - base.heapUsed) / MB,
        ...(live && gc ? { liveHeapGrowthMb: (peakLive - base.heapUsed) / MB } : {}),
      },
    };
  } finally {
    clearInterval(sampler);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function dumpThroughServer(t: TestApp) {
  const res = await t.http.post('/api/v1/catalog/dumps').set('Authorization', ADMIN_AUTH).expect(202);
  for (;;) {
    const manifest = (await t.http.get(`/api/v1/catalog/dumps/${res.body.id}`).set('Authorization', ADMIN_AUTH)).body;
    if (manifest.status !== 'running') return manifest;
    await sleep(20);
  }
}

async function downloadThroughServer(t: TestApp): Promise<{ bytes: number; sha256: string }> {
  const { port } = t.app.getHttpServer().address() as { port: number };
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/catalog/dumps/latest`, { headers: { authorization: ADMIN_AUTH } });
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** The baseline: the same rows by one streaming SELECT each (offerings with their prices, then specifications), JSON lines, gzip. */
async function rawDump(url: string): Promise<{ bytes: number; lines: number }> {
  const settings = parseDatabaseUrl(url);
  if (settings.dialect !== 'mariadb') throw new Error('the baseline needs MariaDB');
  const connection = mysql.createConnection({
    host: settings.host,
    port: settings.port,
    user: settings.username,
    password: settings.password,
    database: settings.database,
  });
  let bytes = 0;
  let lines = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  const gzip = createGzip();
  gzip.pipe(sink);
  const toLines = () =>
    new Transform({
      writableObjectMode: true,
      transform(row: Record<string, unknown>, _encoding, done) {
        lines += 1;
        done(null, `${JSON.stringify(row)}\n`);
      },
    });
  const stream = (sql: string) => pipeline(connection.query(sql).stream(), toLines(), gzip, { end: false });
  await stream(
    `SELECT o.*, p.id AS price_id, p.name AS price_name, p.price_type, p.recurring_period, p.amount_minor, p.currency, p.tax_rate,
            s.name AS spec_name, oc.category_id
       FROM product_offering o
       JOIN product_offering_price_link l ON l.offering_id = o.id
       JOIN product_offering_price p ON p.id = l.price_id
       LEFT JOIN product_specification s ON s.id = o.product_specification_id
       LEFT JOIN product_offering_category oc ON oc.offering_id = o.id
      WHERE o.lifecycle_status = 'launched' ORDER BY o.id, l.position`,
  );
  await stream(`SELECT * FROM product_specification ORDER BY id`);
  gzip.end();
  await new Promise((resolve) => sink.on('finish', resolve));
  connection.end();
  return { bytes, lines };
}

describe(`catalog dump of ${OFFERINGS} offerings`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createCatalogTestApp();
  });
  afterAll(() => t.close());

  it('measures', async () => {
    const out: string[] = [`database: ${t.database.dialect}`];
    const started = performance.now();
    await insertCatalogInBulk(t, { offerings: OFFERINGS, categories: 20 });
    out.push(
      `inserted ${OFFERINGS} offerings (+ specifications, 2 prices each, categories): ${(performance.now() - started).toFixed(0)} ms`,
    );
    await t.http.get('/api/v1/catalog/dumps').set('Authorization', ADMIN_AUTH); // warm: credentials, routes

    const dump = await measured(() => dumpThroughServer(t));
    const m = dump.result;
    const runMs = Date.parse(m.finishedAt) - Date.parse(m.startedAt);
    out.push(
      `dump through the server: ${runMs} ms run (${dump.ms.toFixed(0)} ms wall), ${m.status}, ${m.counts.productOffering} offerings, ` +
        `${m.counts.productSpecification} specifications, ${m.counts.category} categories, ${(m.byteSize / MB).toFixed(1)} MB gzip in ${m.chunkCount} chunks; ` +
        `RSS +${dump.memory.rssGrowthMb.toFixed(1)} MB, heap +${dump.memory.heapGrowthMb.toFixed(1)} MB at peak`,
    );
    out.push(
      `  targets: ≤ 10 s ${runMs <= 10_000 ? 'met' : 'NOT met'}; < 100 MB growth ${dump.memory.rssGrowthMb < 100 ? 'met' : 'NOT met'}`,
    );

    // Again, with a full GC every 250 ms: what the run holds, beside what the collector had not reclaimed yet.
    const again = await measured(() => dumpThroughServer(t), true);
    if (again.memory.liveHeapGrowthMb !== undefined)
      out.push(
        `dump again, GC every 250 ms: live heap +${again.memory.liveHeapGrowthMb.toFixed(1)} MB at peak (RSS +${again.memory.rssGrowthMb.toFixed(1)} MB)`,
      );

    const fetched = await measured(() => downloadThroughServer(t));
    out.push(
      `download of the latest dump: ${fetched.ms.toFixed(0)} ms, ${(fetched.result.bytes / MB).toFixed(1)} MB, SHA-256 ${fetched.result.sha256 === m.sha256 ? 'matches' : 'DIFFERS'}; ` +
        `RSS +${fetched.memory.rssGrowthMb.toFixed(1)} MB, heap +${fetched.memory.heapGrowthMb.toFixed(1)} MB`,
    );

    if (t.database.dialect === 'mariadb') {
      const raw = await measured(() => rawDump(t.database.url));
      out.push(
        `raw baseline (mysql2 streaming SELECT → JSON lines → gzip, nothing stored): ${raw.ms.toFixed(0)} ms, ${raw.result.lines} rows, ` +
          `${(raw.result.bytes / MB).toFixed(1)} MB gzip; RSS +${raw.memory.rssGrowthMb.toFixed(1)} MB, heap +${raw.memory.heapGrowthMb.toFixed(1)} MB`,
      );
      out.push(`  ratio (server run / raw): ${(runMs / raw.ms).toFixed(2)}`);
    }
    process.stdout.write(`\n${out.join('\n')}\n\n`);
  });
});
