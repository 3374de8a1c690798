// npm run bench [users|customers|all] — load against the built server beside a raw-driver baseline,
// in the same run, on MariaDB. Bounded: every load runs a fixed number of seconds, then stops.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';
import { comparePhase, loadSlice, ratiosOf } from './lib/compare.js';
import { basicAuth, latencies } from './lib/load.js';
import { startProcess } from './lib/server.js';

const here = dirname(fileURLToPath(import.meta.url));
const scenario = process.argv[2] ?? 'all';
const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'mariadb://root@127.0.0.1:3306/contactly_bench';
const customersWanted = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const SERVER_PORT = 8281;
const RAW_PORT = 8282;
const ADMIN = { user: 'Admin', password: 'Bench-Admin-Pass-2026' };
const auth = basicAuth(ADMIN.user, ADMIN.password);
const serverUrl = `http://127.0.0.1:${SERVER_PORT}`;
const rawUrl = `http://127.0.0.1:${RAW_PORT}`;
const results = {};

const db = () => {
  const url = new URL(databaseUrl);
  return mysql.createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
    charset: 'utf8mb4',
  });
};

async function ensureDatabase() {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  const admin = await mysql.createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
  });
  await admin.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  await admin.end();
}

const startServer = () =>
  startProcess(
    join(here, '../dist/apps/api/src/main.js'),
    {
      PORT: String(SERVER_PORT),
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      ADMIN_PASSWORD: ADMIN.password,
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    },
    `${serverUrl}/health`,
  );
const startRaw = () =>
  startProcess(join(here, 'lib/raw-baseline.js'), { PORT: String(RAW_PORT), BENCH_DATABASE_URL: databaseUrl }, `${rawUrl}/health`);

/**
 * Our server and the raw baseline (both up, only the loaded one working) under the same load: 3 s of
 * warm-up each, then 10 s each in 4 alternating slices, so the machine's other load weighs on both alike.
 */
async function compare(name, paths, target) {
  const raw = await startRaw();
  try {
    const targets = [
      { name: 'contactly', url: serverUrl, headers: auth, pid: server.child.pid },
      { name: 'raw http + mysql2', url: rawUrl, headers: {}, pid: raw.child.pid },
    ];
    for (const each of targets) await loadSlice(each, paths, 3, 50);
    const [nest, baseline] = await comparePhase(targets, { paths, connections: 50, duration: 10, slices: 4 });
    const { ratio, cpuRatio } = ratiosOf(nest, baseline);
    results[name] = { contactly: nest, raw: baseline, ratio, cpuRatio, targets: target(nest, ratio) };
    const row = (r) => ({
      rps: r.rps,
      p50: r.p50Ms,
      p99: r.p99Ms,
      'server CPU ms/req': r.cpuMsPerRequest,
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
    });
    console.log(`\n${name} (50 connections, 10 s each in 4 alternating slices)`);
    console.table({ contactly: row(nest), 'raw http + mysql2': row(baseline) });
    console.log(
      `ratio ${ratio} — ${Object.entries(results[name].targets)
        .map(([k, v]) => `${k}: ${v ? 'met' : 'NOT met'}`)
        .join(', ')}${cpuRatio === null ? '' : ` (by server CPU per request: ${cpuRatio})`}`,
    );
  } finally {
    await raw.stop();
  }
}

async function usersScenario() {
  const conn = await db();
  const [[{ n }]] = await conn.query('SELECT COUNT(*) AS n FROM `user`');
  for (let i = Number(n); i < 200; i += 20) {
    await Promise.all(
      Array.from({ length: 20 }, (_, k) =>
        fetch(`${serverUrl}/api/v1/users`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({
            username: `bench.user.${i + k}`,
            displayName: `Bench User ${i + k}`,
            password: 'Bench-User-Pass-1',
            roles: ['agent'],
          }),
        }),
      ),
    );
  }
  const [rows] = await conn.query('SELECT id FROM `user` ORDER BY id LIMIT 1000');
  await conn.end();
  await compare(
    'GET /api/v1/users/{id} with Basic Auth',
    rows.map((r) => `/api/v1/users/${r.id}`),
    (nest, ratio) => ({ 'ratio ≥ 0.70': ratio >= 0.7, 'p99 ≤ 25 ms': nest.p99Ms <= 25 }),
  );
}

/** The million customers of the customers and clients scenarios: generated once, kept between runs. */
async function ensureCustomers(conn) {
  const [[{ n }]] = await conn.query('SELECT COUNT(*) AS n FROM party');
  if (Number(n) < customersWanted) {
    console.log(`generating ${customersWanted - Number(n)} customers (once; kept for later runs)…`);
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, [join(here, 'generate-customers.js'), String(customersWanted - Number(n))], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_DATABASE_URL: databaseUrl },
    });
  }
}

async function customersScenario() {
  const conn = await db();
  await ensureCustomers(conn);
  const [[{ total }]] = await conn.query('SELECT COUNT(*) AS total FROM party WHERE is_customer = 1');
  // What agents type: the start of a family or trading name, of an email, of a phone number, an id.
  const [people] = await conn.query('SELECT id, family_name, trading_name, email, phone FROM party WHERE id % 997 = 0 LIMIT 400');
  await conn.end();
  const queries = people.flatMap((p, i) => [
    (p.family_name ?? p.trading_name).slice(0, 3 + (i % 4)),
    p.email.slice(0, 4 + (i % 5)),
    p.phone.slice(0, 7 + (i % 5)),
    String(p.id),
  ]);
  const searchPaths = queries.map((q) => `/api/v1/customers/search?q=${encodeURIComponent(q)}&limit=20`);
  await latencies({ baseUrl: serverUrl, paths: searchPaths, headers: auth, duration: 3 }); // warm-up
  const search = await latencies({ baseUrl: serverUrl, paths: searchPaths, headers: auth, concurrency: 8, duration: 15 });
  results.search = { customers: Number(total), ...search, targets: { 'p95 ≤ 30 ms': search.p95 <= 30 } };
  console.log(
    `\nGET /api/v1/customers/search at ${Number(total).toLocaleString('en')} customers (8 agents, 15 s, ${queries.length} different queries)`,
  );
  console.table({ search });
  console.log(`p95 ${search.p95} ms — target ≤ 30 ms: ${search.p95 <= 30 ? 'met' : 'NOT met'}`);
  const customerPaths = people.map((p) => `/tmf-api/customerManagement/v4/customer/${p.id}`);
  await compare(`GET customer/{id} with Basic Auth at ${Number(total).toLocaleString('en')} customers`, customerPaths, (_nest, ratio) => ({
    'ratio ≥ 0.70': ratio >= 0.7,
  }));
}

/** The communications platform's client list (GET /api/v1/clients) at a million clients (the customers). */
async function clientsScenario() {
  const conn = await db();
  await ensureCustomers(conn);
  const [[{ total }]] = await conn.query('SELECT COUNT(*) AS total FROM party WHERE is_customer = 1');
  const [[{ maxId }]] = await conn.query('SELECT MAX(id) AS maxId FROM party');
  await conn.end();
  // What a console does: the first pages, pages by key further on, newest first, available clients, one client.
  const paths = Array.from({ length: 400 }, (_, i) => {
    const id = 1 + Math.floor((i * 7919) % Number(maxId));
    return [
      `/api/v1/clients?limit=20&offset=${(i % 10) * 20}`,
      `/api/v1/clients?limit=20&sort=clientId&clientId.gt=${id}`,
      `/api/v1/clients?limit=20&sort=-createTime`,
      `/api/v1/clients/available?limit=20&offset=${(i % 5) * 20}`,
      `/api/v1/clients/${id}`,
    ][i % 5];
  });
  await latencies({ baseUrl: serverUrl, paths, headers: auth, duration: 3 }); // warm-up
  const clients = await latencies({ baseUrl: serverUrl, paths, headers: auth, concurrency: 8, duration: 15 });
  results.clients = { clients: Number(total), ...clients, targets: { 'p95 ≤ 50 ms': clients.p95 <= 50 } };
  console.log(
    `\nGET /api/v1/clients at ${Number(total).toLocaleString('en')} clients (8 clients, 15 s: first pages, keyset pages, newest first, available, one client)`,
  );
  console.table({ clients });
  console.log(`p95 ${clients.p95} ms — target ≤ 50 ms: ${clients.p95 <= 50 ? 'met' : 'NOT met'}`);
}

let server;

async function main() {
  await ensureDatabase();
  server = await startServer();
  try {
    if (scenario === 'users' || scenario === 'all') await usersScenario();
    if (scenario === 'customers' || scenario === 'all') await customersScenario();
    if (scenario === 'clients' || scenario === 'all') await clientsScenario();
  } finally {
    await server.stop();
  }
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(results, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
