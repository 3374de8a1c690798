// npm run bench -- soak: the built server under a steady mix of reads and writes for BENCH_SOAK_MINUTES
// (default 10) at ~70% of the rate it managed in a short saturation run, on a fresh MariaDB database.
// Reports errors, p50/p99 per minute (p99 must stay stable) and the server's memory after warm-up
// (growth must stay under 10%), and writes bench/results/soak.json. Bounded by a watchdog.
//
// Environment (all optional):
//   BENCH_SOAK_DATABASE_URL  mariadb://root@127.0.0.1:3306/contactly_bench_soak (run.sh drops and creates it)
//   BENCH_SOAK_MINUTES 10    BENCH_SOAK_LOAD 0.7 (of the saturation rate)   BENCH_SOAK_CONCURRENCY 32 (saturation run)
//   BENCH_SOAK_WARMUP_MINUTES 2: left out of the memory and p99 comparisons — under this load V8 grows the young
//   generation to its configured size (--max-semi-space-size=64: up to 192 MB) during the first minutes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basicAuth } from './lib/load.js';
import { startProcess } from './lib/server.js';
import { mixedRequest, seedMix } from './lib/soak-mix.js';

const here = dirname(fileURLToPath(import.meta.url));
const env = process.env;
const DATABASE_URL = env.BENCH_SOAK_DATABASE_URL || 'mariadb://root@127.0.0.1:3306/contactly_bench_soak';
const MINUTES = Number(env.BENCH_SOAK_MINUTES || 10);
const LOAD = Number(env.BENCH_SOAK_LOAD || 0.7);
const CONCURRENCY = Number(env.BENCH_SOAK_CONCURRENCY || 32);
const WARMUP_MINUTES = Number(env.BENCH_SOAK_WARMUP_MINUTES || 2);
const PORT = 8283;
const BASE = `http://127.0.0.1:${PORT}`;
const ADMIN = { user: 'Admin', password: 'Bench-Admin-Pass-2026' };
const AUTH = basicAuth(ADMIN.user, ADMIN.password);
/** Requests in flight beyond this are not sent (and counted as shed): an open loop must not pile up without bound. */
const MAX_IN_FLIGHT = 256;

setTimeout(
  () => {
    console.error('soak: watchdog fired');
    process.exit(2);
  },
  (MINUTES * 60 + 300) * 1000,
).unref();

const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const at = (sorted, p) =>
  sorted.length ? Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1)) : null;

async function send(fixtures, bucket) {
  const { method, path, body, headers } = mixedRequest(fixtures);
  const started = performance.now();
  try {
    const response = await fetch(BASE + path, {
      method,
      headers: { ...AUTH, ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    bucket.samples.push(performance.now() - started);
    if (response.status >= 400) bucket.errors.push(`${method} ${path.split('?')[0].replace(/\d+/g, '{id}')} ${response.status}`);
  } catch (error) {
    bucket.errors.push(`${method} ${path.split('?')[0]} ${error.name}`);
  }
}

/** Closed loop, CONCURRENCY clients, `seconds`: the rate the server sustains when saturated. */
async function saturationRate(fixtures, seconds) {
  const bucket = { samples: [], errors: [] };
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) await send(fixtures, bucket);
    }),
  );
  return { rps: bucket.samples.length / seconds, errors: bucket.errors.length };
}

/** Open loop at `rps` for `minutes`, one bucket a minute with the server's RSS at its end. */
async function soak(fixtures, rps, minutes, pid) {
  const buckets = [];
  let inFlight = 0;
  let shed = 0;
  const started = Date.now();
  let sent = 0;
  for (let minute = 0; minute < minutes; minute += 1) {
    const bucket = { samples: [], errors: [], rss: [] };
    buckets.push(bucket);
    const minuteEnds = started + (minute + 1) * 60_000;
    // RSS moves with every young-generation collection: sampled every 2 s, the minute's median is compared.
    const sampler = setInterval(() => bucket.rss.push(rssMb(pid)), 2000);
    while (Date.now() < minuteEnds) {
      const due = Math.floor(((Date.now() - started) / 1000) * rps) - sent;
      for (let i = 0; i < due; i += 1) {
        sent += 1;
        if (inFlight >= MAX_IN_FLIGHT) {
          shed += 1;
          continue;
        }
        inFlight += 1;
        void send(fixtures, bucket).finally(() => (inFlight -= 1));
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    clearInterval(sampler);
    bucket.rssMb = Number(median(bucket.rss).toFixed(1));
    const sorted = [...bucket.samples].sort((a, b) => a - b);
    Object.assign(bucket, { requests: sorted.length, p50: at(sorted, 50), p99: at(sorted, 99) });
    console.log(
      `minute ${minute + 1}: ${bucket.requests} requests, p50 ${bucket.p50} ms, p99 ${bucket.p99} ms, ${bucket.errors.length} errors, server RSS ${bucket.rssMb} MB`,
    );
  }
  while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  return { buckets, shed };
}

const server = await startProcess(
  join(here, '../dist/apps/api/src/main.js'),
  {
    PORT: String(PORT),
    DATABASE_URL,
    NODE_ENV: 'production',
    ADMIN_PASSWORD: ADMIN.password,
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: env.BENCH_LOG_LEVEL ?? 'warn',
  },
  `${BASE}/health`,
);
try {
  const fixtures = await seedMix(BASE, AUTH);
  await saturationRate(fixtures, 10); // warm-up
  const saturated = await saturationRate(fixtures, 20);
  const rate = Math.max(1, Math.round(saturated.rps * LOAD));
  console.log(
    `saturation: ${saturated.rps.toFixed(0)} requests/s with ${CONCURRENCY} clients; soaking at ${rate}/s (${LOAD * 100}%) for ${MINUTES} min`,
  );
  const { buckets, shed } = await soak(fixtures, rate, MINUTES, server.child.pid);
  const errors = buckets.flatMap((b) => b.errors);
  const steady = buckets.slice(WARMUP_MINUTES); // caches, prepared statements and the heap's generations grow first
  const p99s = steady.map((b) => b.p99).filter((p) => p !== null);
  const memory = { afterWarmUpMb: steady[0]?.rssMb ?? null, endMb: buckets.at(-1).rssMb };
  const growth = memory.afterWarmUpMb ? (memory.endMb - memory.afterWarmUpMb) / memory.afterWarmUpMb : null;
  // Stable: the p99 of the later half of the soak is no worse than 1.5 × that of the earlier half (no creeping
  // degradation); single minutes swing with whatever else the shared cores do.
  const half = Math.ceil(steady.length / 2);
  const pooled = (part) =>
    at(
      part.flatMap((b) => b.samples).sort((a, b) => a - b),
      99,
    );
  const [earlyP99, lateP99] = [pooled(steady.slice(0, half)), pooled(steady.slice(half))];
  const p99Spread = p99s.length ? Math.max(...p99s) / Math.min(...p99s) : null;
  const verdict = {
    errors: errors.length === 0 && shed === 0,
    memoryGrowthUnder10Percent: growth !== null && growth < 0.1,
    p99Stable: earlyP99 !== null && lateP99 !== null && lateP99 <= earlyP99 * 1.5,
  };
  const result = {
    date: new Date().toISOString(),
    saturatedRps: Math.round(saturated.rps),
    rate,
    minutes: MINUTES,
    shed,
    errors: errors.length,
    errorKinds: [...new Set(errors)].slice(0, 20),
    perMinute: buckets.map(({ requests, p50, p99, rssMb, errors: e }) => ({ requests, p50, p99, rssMb, errors: e.length })),
    memory: { ...memory, growthPercent: growth === null ? null : Number((growth * 100).toFixed(1)) },
    p99: { earlyHalf: earlyP99, lateHalf: lateP99, minuteSpread: p99Spread === null ? null : Number(p99Spread.toFixed(2)) },
    verdict,
  };
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'soak.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `\nsoak: ${errors.length} errors, ${shed} shed; memory ${memory.afterWarmUpMb} → ${memory.endMb} MB (${result.memory.growthPercent}%); p99 ${earlyP99} ms in the first half, ${lateP99} ms in the second (minutes from ${Math.min(...p99s)} to ${Math.max(...p99s)} ms)`,
  );
  console.log(
    Object.entries(verdict)
      .map(([k, v]) => `${k}: ${v ? 'met' : 'NOT met'}`)
      .join(', '),
  );
} finally {
  await server.stop();
}
