// GET /api/v1/users/{id} with Basic Auth: the built server beside a raw node:http + mysql2 baseline doing
// the same two queries, loaded identically in the same run. Run through `npm run bench` (bench/run.sh
// builds the server when dist is missing and creates a fresh database), or directly:
//   node bench/users-get.bench.js
// Both servers run as child processes; the load generator (autocannon) stays in this process, so it never
// shares an event loop with a server under test. Bounded: every phase has a deadline, and a watchdog ends
// the run (and its children) after BENCH_TIMEOUT seconds whatever happens.
//
// Environment (all optional):
//   BENCH_DATABASE_URL  mariadb://root@127.0.0.1:3306/contactly_bench   the database both servers use
//   BENCH_CONNECTIONS   50     autocannon connections          BENCH_DURATION  10   measured seconds
//   BENCH_WARMUP        3      warm-up seconds, per server     BENCH_SEED_USERS 200 users to have
//   BENCH_SLICES        4      the measured seconds of each server are cut into slices taken in turns
//   BENCH_LATENCY_CONNECTIONS 10  then a run with this few connections: latency with a short queue; 0: skip
//                       (not autocannon's overallRate: it sends each second's quota in a burst and its
//                       coordinated-omission correction inflates every percentile at low per-connection rates)
//   BENCH_PORT / BENCH_RAW_PORT  8281 / 8282 (another free port is taken when busy)
//   BENCH_LOG_LEVEL     warn   LOG_LEVEL of the server (try `info` to see the cost of request logs)
//   BENCH_CPU_PROF      a directory: run the server with --cpu-prof and write its .cpuprofile there
//   BENCH_TIMEOUT       300    watchdog, seconds
//   BENCH_SERVER_ENTRY  dist/apps/api/src/main.js   another build to compare (e.g. a patched copy of dist/)
//   BENCH_STRICT=1      exit 1 when a target is missed (default: report only, exit 0)
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';
import { comparePhase, loadSlice, ratiosOf, round } from './lib/compare.js';
import { SERVER_NODE_FLAGS } from './lib/node-flags.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const env = process.env;
const num = (name, fallback) => (env[name] === undefined || env[name] === '' ? fallback : Number(env[name]));

const DATABASE_URL = env.BENCH_DATABASE_URL || 'mariadb://root@127.0.0.1:3306/contactly_bench';
const CONNECTIONS = num('BENCH_CONNECTIONS', 50);
const DURATION = num('BENCH_DURATION', 10);
const WARMUP = num('BENCH_WARMUP', 3);
const SEED_USERS = num('BENCH_SEED_USERS', 200);
const LATENCY_CONNECTIONS = num('BENCH_LATENCY_CONNECTIONS', 10);
const SLICES = Math.max(1, num('BENCH_SLICES', 4));
const LOG_LEVEL = env.BENCH_LOG_LEVEL || 'warn';
const CPU_PROF_DIR = env.BENCH_CPU_PROF ? resolve(env.BENCH_CPU_PROF) : undefined;
const TIMEOUT_S = num('BENCH_TIMEOUT', 300);
const ADMIN = { username: 'Admin', password: 'Bench-Admin-Pass-2026' };
const AUTH = { authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}` };
const TARGETS = { ratio: 0.7, p99Ms: 25 };
const RESULT_FILE = join(here, 'results', 'users-get.json');
const SERVER_ENTRY = resolve(root, env.BENCH_SERVER_ENTRY || 'dist/apps/api/src/main.js');
const RAW_ENTRY = join(here, 'lib/raw-baseline.js');

// ---------------------------------------------------------------------------------------------------
// Child processes: tracked, so that every exit path (error, signal, watchdog) kills them.
const children = new Set();

function killAll(signal = 'SIGKILL') {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
}
process.on('exit', () => killAll('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the benchmark`);
    killAll('SIGKILL');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}
setTimeout(() => {
  console.error(`\nbenchmark watchdog: still running after ${TIMEOUT_S} s, giving up`);
  killAll('SIGKILL');
  process.exit(2);
}, TIMEOUT_S * 1000).unref();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The preferred port when it is free, else one the kernel picks. */
function freePort(preferred) {
  const tryListen = (port) =>
    new Promise((resolvePort, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', () => {
        const { port: chosen } = probe.address();
        probe.close(() => resolvePort(chosen));
      });
    });
  return tryListen(preferred).catch(() => tryListen(0));
}

/** Starts `node <args>` with `extraEnv`, keeps the tail of its output, waits until `healthUrl` answers 200. */
async function startChild(name, args, extraEnv, healthUrl, timeoutMs = 90_000) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let tail = '';
  const keep = (chunk) => {
    tail = (tail + chunk).slice(-4000);
  };
  child.stdout.on('data', keep); // drained, so a chatty log level never blocks the child on a full pipe
  child.stderr.on('data', keep);
  const exited = new Promise((r) => child.once('exit', r));
  const handle = { name, child, exited, output: () => tail };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${tail}`);
    try {
      const response = await fetch(healthUrl, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status === 200) return handle;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${name} did not answer 200 on ${healthUrl} within ${timeoutMs / 1000} s:\n${tail}`);
}

/** SIGTERM (the server closes gracefully, and writes its CPU profile), SIGKILL after 15 s. */
async function stopChild(handle) {
  if (!handle) return;
  const { child, exited } = handle;
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
  children.delete(child);
}

// ---------------------------------------------------------------------------------------------------
// Database access for the harness itself (ids to request); the servers have their own pools.
function connectionOptions(url) {
  const u = new URL(url);
  if (!/^mariadb:|^mysql:/.test(u.protocol)) throw new Error(`BENCH_DATABASE_URL must be mariadb://…, not ${u.protocol}`);
  return {
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username || 'root'),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    charset: 'utf8mb4',
  };
}

async function userIds() {
  const db = await mysql.createConnection(connectionOptions(DATABASE_URL));
  try {
    const [rows] = await db.query('SELECT id FROM `user` ORDER BY id LIMIT 1000');
    return rows.map((r) => Number(r.id));
  } finally {
    await db.end();
  }
}

/**
 * Brings the user count to SEED_USERS through the API (argon2 makes each ~50 ms: parallel batches).
 * A 500 is retried (up to 5 times) and counted: concurrent creations can hit a MariaDB deadlock on
 * user_role (see the report), which rolls the creation back, so a retry is safe.
 */
async function seedUsers(baseUrl) {
  const existing = (await userIds()).length;
  const started = Date.now();
  const BATCH = 16;
  let created = 0;
  let retried = 0;
  const create = async (n) => {
    for (let attempt = 1; ; attempt += 1) {
      const response = await fetch(`${baseUrl}/api/v1/users`, {
        method: 'POST',
        headers: { ...AUTH, 'content-type': 'application/json' },
        body: JSON.stringify({
          username: `bench.user.${n}`,
          displayName: `Bench User ${n}`,
          password: `Bench-User-Pass-${n}-x`,
          roles: ['agent'],
        }),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      if (response.status === 201) return void (created += 1);
      if (response.status !== 500 || attempt === 5)
        throw new Error(`seeding: POST /api/v1/users answered ${response.status} (attempt ${attempt}): ${text.slice(0, 500)}`);
      retried += 1;
      await sleep(20 * attempt);
    }
  };
  for (let i = existing; i < SEED_USERS; i += BATCH) {
    await Promise.all(Array.from({ length: Math.min(BATCH, SEED_USERS - i) }, (_, k) => create(i + k)));
  }
  const ids = await userIds();
  console.log(
    `  users: ${ids.length} (${created} created through the API in ${((Date.now() - started) / 1000).toFixed(1)} s${retried ? `; ${retried} creations answered 500 and were retried` : ''})`,
  );
  return { ids, seeding: { created, retriedAfter500: retried, seconds: round((Date.now() - started) / 1000, 1) } };
}

// ---------------------------------------------------------------------------------------------------
// Load.

/** One request by hand: both servers must answer the same resource, or the comparison means nothing. */
async function probe(baseUrl, id, headers = {}) {
  const response = await fetch(`${baseUrl}/api/v1/users/${id}`, { headers, signal: AbortSignal.timeout(10_000) });
  const body = await response.json().catch(() => null);
  if (response.status !== 200 || body?.id !== id)
    throw new Error(`GET ${baseUrl}/api/v1/users/${id} answered ${response.status}: ${JSON.stringify(body)?.slice(0, 300)}`);
  return { etag: response.headers.get('etag'), bytes: JSON.stringify(body).length, keys: Object.keys(body).sort().join(',') };
}

// ---------------------------------------------------------------------------------------------------
// Report.
function printTable(rows) {
  const columns = [
    ['', (r) => r.label],
    ['req/s', (r) => r.rps.toLocaleString('en')],
    ['avg ms', (r) => r.latencyAvgMs],
    ['p50 ms', (r) => r.p50Ms],
    ['p97.5 ms', (r) => r.p97_5Ms],
    ['p99 ms', (r) => r.p99Ms],
    ['max ms', (r) => r.maxMs],
    ['requests', (r) => r.requests.toLocaleString('en')],
    ['errors', (r) => r.errors + r.timeouts],
    ['non-2xx', (r) => r.non2xx],
    ['server CPU ms/req', (r) => r.cpuMsPerRequest],
  ];
  const cells = [columns.map(([h]) => h), ...rows.map((r) => columns.map(([, f]) => String(f(r) ?? '–')))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(cells[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

// ---------------------------------------------------------------------------------------------------
async function main() {
  const startedAt = new Date();
  const loadAtStart = os.loadavg().map((l) => round(l));
  const [port, rawPort] = [await freePort(num('BENCH_PORT', 8281)), await freePort(num('BENCH_RAW_PORT', 8282))];
  const serverUrl = `http://127.0.0.1:${port}`;
  const rawUrl = `http://127.0.0.1:${rawPort}`;
  console.log(`GET /api/v1/users/{id} — Contactly (Nest + Fastify + TypeORM) vs raw node:http + mysql2`);
  console.log(
    `  database ${DATABASE_URL.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}, LOG_LEVEL=${LOG_LEVEL}, ${os.cpus().length} CPUs, load average ${loadAtStart.join(' ')}`,
  );

  let server;
  let raw;
  const result = { scenario: 'GET /api/v1/users/{id}', startedAt: startedAt.toISOString() };
  try {
    // 1. The server under test.
    const nodeArgs = [...SERVER_NODE_FLAGS, ...(CPU_PROF_DIR ? ['--cpu-prof', '--cpu-prof-dir', CPU_PROF_DIR] : [])];
    if (CPU_PROF_DIR) mkdirSync(CPU_PROF_DIR, { recursive: true });
    console.log(`  starting the server on ${serverUrl}${CPU_PROF_DIR ? ` (CPU profile into ${CPU_PROF_DIR})` : ''} …`);
    server = await startChild(
      'contactly',
      [...nodeArgs, SERVER_ENTRY],
      {
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL,
        NODE_ENV: 'production',
        ADMIN_PASSWORD: ADMIN.password,
        SEED_DEMO_DATA: 'false',
        LOG_LEVEL,
      },
      `${serverUrl}/health`,
    );

    // 2. Data: ~200 users with a role, created as an admin would.
    const { ids, seeding } = await seedUsers(serverUrl);
    if (!ids.length) throw new Error('no users to request');
    const nestShape = await probe(serverUrl, ids[ids.length - 1], AUTH);
    if (!nestShape.etag) throw new Error('the server answered without an ETag');

    // 3. The raw baseline, in its own process (it has no auth). Both servers stay up; only the one
    //    being loaded works (an idle Node process costs nothing measurable).
    console.log(`  starting the raw baseline on ${rawUrl} …`);
    raw = await startChild(
      'raw baseline',
      [...SERVER_NODE_FLAGS, RAW_ENTRY],
      { PORT: String(rawPort), BENCH_DATABASE_URL: DATABASE_URL },
      `${rawUrl}/health`,
    );
    const rawShape = await probe(rawUrl, ids[ids.length - 1]);
    if (rawShape.keys !== nestShape.keys)
      console.warn(
        `  note: the baseline's JSON keys differ from the server's:\n    server:   ${nestShape.keys}\n    baseline: ${rawShape.keys}`,
      );
    const servers = [
      { name: 'contactly', pid: server.child.pid, url: serverUrl, headers: AUTH },
      { name: 'raw baseline', pid: raw.child.pid, url: rawUrl, headers: {} },
    ];

    // 4. Warm-up, then the same load on both, in alternating slices.
    console.log(`  warm-up: ${WARMUP} s each …`);
    const paths = ids.map((id) => `/api/v1/users/${id}`);
    for (const target of servers) await loadSlice(target, paths, WARMUP, CONNECTIONS);
    console.log(`  measuring: ${DURATION} s each with ${CONNECTIONS} connections, in ${SLICES} alternating slices …`);
    const [nest, baseline] = await comparePhase(servers, { paths, connections: CONNECTIONS, duration: DURATION, slices: SLICES });
    let few;
    if (LATENCY_CONNECTIONS) {
      console.log(`  measuring: ${DURATION} s each with ${LATENCY_CONNECTIONS} connections, in ${SLICES} alternating slices …`);
      few = await comparePhase(servers, { paths, connections: LATENCY_CONNECTIONS, duration: DURATION, slices: SLICES });
    }
    await Promise.all([stopChild(server), stopChild(raw)]);
    server = undefined;
    raw = undefined;

    // 5. Report.
    const { ratio, cpuRatio } = ratiosOf(nest, baseline);
    const targets = {
      [`ratio >= ${TARGETS.ratio}`]: nest.rps / baseline.rps >= TARGETS.ratio,
      [`contactly p99 <= ${TARGETS.p99Ms} ms (${CONNECTIONS} connections)`]: nest.p99Ms <= TARGETS.p99Ms,
    };
    const all = [nest, baseline, ...(few ?? [])];
    const invalid = all.some((r) => r.errors + r.timeouts + r.non2xx > 0);
    console.log(
      `\nGET /api/v1/users/{id} — ${DURATION} s per row (${SLICES} alternating slices), after ${WARMUP} s warm-up; random id among ${ids.length}\n`,
    );
    printTable([
      { label: `contactly (Nest+Fastify+TypeORM, Basic Auth), ${CONNECTIONS} conn.`, ...nest },
      { label: `raw node:http + mysql2 pool (no auth), ${CONNECTIONS} conn.`, ...baseline },
      ...(LATENCY_CONNECTIONS
        ? [
            { label: `contactly, ${LATENCY_CONNECTIONS} conn.`, ...few[0] },
            { label: `raw, ${LATENCY_CONNECTIONS} conn.`, ...few[1] },
          ]
        : []),
    ]);
    console.log(
      `\nratio contactly/raw: ${ratio} (req/s)${cpuRatio === null ? '' : `; by server CPU per request: ${cpuRatio} (raw ms/req ÷ contactly ms/req, less sensitive to other load on the machine)`}`,
    );
    for (const [name, met] of Object.entries(targets)) console.log(`  ${met ? 'MET    ' : 'NOT MET'}  ${name}`);
    if (LATENCY_CONNECTIONS)
      console.log(`  (with ${LATENCY_CONNECTIONS} connections: contactly p99 ${few[0].p99Ms} ms, raw p99 ${few[1].p99Ms} ms)`);
    if (invalid) console.log('  WARNING: errors, timeouts or non-2xx answers during the load: the figures are not comparable');

    Object.assign(result, {
      finishedAt: new Date().toISOString(),
      seeding,
      settings: {
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        warmupSeconds: WARMUP,
        latencyConnections: LATENCY_CONNECTIONS || null,
        slices: SLICES,
        users: ids.length,
        logLevel: LOG_LEVEL,
        cpuProfile: Boolean(CPU_PROF_DIR),
        serverEntry: SERVER_ENTRY,
      },
      machine: {
        node: process.version,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: os.loadavg().map((l) => round(l)),
      },
      contactly: nest,
      raw: baseline,
      ratio,
      cpuRatio,
      ...(LATENCY_CONNECTIONS ? { fewConnections: { connections: LATENCY_CONNECTIONS, contactly: few[0], raw: few[1] } } : {}),
      targets,
      valid: !invalid,
    });
    mkdirSync(dirname(RESULT_FILE), { recursive: true });
    writeFileSync(RESULT_FILE, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nresults written to ${RESULT_FILE.slice(root.length + 1)}`);
    if (env.BENCH_STRICT === '1' && (invalid || !Object.values(targets).every(Boolean))) process.exitCode = 1;
  } catch (error) {
    for (const handle of [server, raw]) if (handle) console.error(`--- last output of ${handle.name} ---\n${handle.output()}`);
    throw error;
  } finally {
    await Promise.all([stopChild(server), stopChild(raw)]);
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(`\nbenchmark failed: ${error?.stack ?? error}`);
    process.exit(1);
  },
);
