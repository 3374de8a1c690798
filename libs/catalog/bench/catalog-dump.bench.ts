// Catalog dump benchmark (not part of `npm test`: prints figures, asserts that the download matches). On MariaDB:
//
//   npm run bench -- catalog     (builds dist/ first when it is missing)
//
// BENCH_OFFERINGS (default 100,000) launched offerings, each with a specification, two prices and a
// category, inserted in bulk; then a dump through the server built for production (dist/, in a
// process of its own with production's Node flags: bench-kit's startBuiltServer) — POST
// /api/v1/catalog/dumps, the run streaming pages → gzip → database chunks — and its download, with
// the server process's resident memory (/proc) sampled every 20 ms. Beside it a raw-driver baseline
// on a worker thread: a plain mysql2 streaming SELECT of the same rows into gzip (no storage).
// Targets (issue 14): the dump ≤ 10 s, the server's memory growing < 100 MB.
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { ADMIN_AUTH } from '@contactly/platform/testing';
import { insertCatalogInBulk } from '@contactly/catalog/testing';
import { type BuiltServer, startBuiltServer } from '../../../bench/lib/bench-kit.js';

const OFFERINGS = Number(process.env.BENCH_OFFERINGS ?? 100_000);
const MB = 1024 * 1024;
const headers = { authorization: ADMIN_AUTH };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` while sampling the server's RSS every 20 ms: the time and the peak growth over the level just before. */
async function measured<T>(server: BuiltServer, work: () => Promise<T>): Promise<{ result: T; ms: number; rssGrowthMb: number }> {
  const base = server.rssMb();
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, server.rssMb())), 20);
  const started = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - started, rssGrowthMb: peak - base };
  } finally {
    clearInterval(sampler);
  }
}

interface Manifest {
  sha256: string;
  startedAt: string;
  finishedAt: string;
  status: string;
  byteSize: number;
  chunkCount: number;
  counts: Record<string, number>;
}

async function dump(server: BuiltServer): Promise<Manifest> {
  const res = await fetch(`${server.url}/api/v1/catalog/dumps`, { method: 'POST', headers });
  if (res.status !== 202) throw new Error(`POST dumps answered ${res.status}: ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  for (;;) {
    const manifest = (await (await fetch(`${server.url}/api/v1/catalog/dumps/${id}`, { headers })).json()) as Manifest;
    if (manifest.status !== 'running') return manifest;
    await sleep(20);
  }
}

async function download(server: BuiltServer): Promise<{ bytes: number; sha256: string }> {
  const res = await fetch(`${server.url}/api/v1/catalog/dumps/latest`, { headers });
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

function rawDump(databaseUrl: string): Promise<{ bytes: number; lines: number; ms: number }> {
  const worker = new Worker(new URL('./raw-dump.worker.mjs', import.meta.url), { workerData: { databaseUrl } });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe(`catalog dump of ${OFFERINGS} offerings`, () => {
  let server: BuiltServer;
  beforeAll(async () => {
    server = await startBuiltServer(process.env.DATABASE_URL ?? 'mariadb://root@127.0.0.1:3306/contactly_bench_catalog', 'dump');
  });
  afterAll(() => server?.stop());

  it('measures', async () => {
    const out: string[] = ['database: mariadb, the built server in its own process'];
    const started = performance.now();
    await insertCatalogInBulk(server.dataSource.manager, { offerings: OFFERINGS, categories: 20 });
    out.push(
      `inserted ${OFFERINGS} offerings (+ specifications, 2 prices each, categories): ${(performance.now() - started).toFixed(0)} ms`,
    );
    await fetch(`${server.url}/api/v1/catalog/dumps`, { headers }); // warm: credentials, routes

    let lastSha256 = '';
    for (const run of ['first', 'second']) {
      const timed = await measured(server, () => dump(server));
      const m = timed.result;
      const runMs = Date.parse(m.finishedAt) - Date.parse(m.startedAt);
      lastSha256 = m.sha256;
      out.push(
        `dump (${run}): ${runMs} ms run (${timed.ms.toFixed(0)} ms wall), ${m.status}, ${m.counts.productOffering} offerings, ` +
          `${m.counts.productSpecification} specifications, ${m.counts.category} categories, ${(m.byteSize / MB).toFixed(1)} MB gzip in ${m.chunkCount} chunks; ` +
          `server RSS +${timed.rssGrowthMb.toFixed(1)} MB at peak (${server.rssMb().toFixed(0)} MB after)`,
        `  targets: ≤ 10 s ${runMs <= 10_000 ? 'met' : 'NOT met'}; < 100 MB growth ${timed.rssGrowthMb < 100 ? 'met' : 'NOT met'}`,
      );
    }

    const fetched = await measured(server, () => download(server));
    out.push(
      `download of the latest dump: ${fetched.ms.toFixed(0)} ms, ${(fetched.result.bytes / MB).toFixed(1)} MB; server RSS +${fetched.rssGrowthMb.toFixed(1)} MB`,
    );
    expect(fetched.result.sha256).toBe(lastSha256);

    const raw = await rawDump(server.databaseUrl);
    out.push(
      `raw baseline (mysql2 streaming SELECT → JSON lines → gzip on a worker thread, nothing stored): ${raw.ms.toFixed(0)} ms, ${raw.lines} rows, ${(raw.bytes / MB).toFixed(1)} MB gzip`,
    );
    process.stdout.write(`\n${out.join('\n')}\n\n`);
  });
});
