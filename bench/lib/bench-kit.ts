// What the lib benchmarks (libs/*/bench/*.bench.ts, run in Jest by `npm run bench`) share: latency
// percentiles under a fixed concurrency, and the raw-driver baseline each scenario is measured beside
// (a mysql2 pool on the same database, and a bare node:http server answering the same question).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import mysql from 'mysql2/promise';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { startProcess } from './server.js';

export interface LatencyFigures {
  requests: number;
  failures: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
}

const at = (sorted: number[], p: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1));

export interface LoadRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadAnswer {
  status: number;
  ms: number;
  /** The response body, when asked for (`keepBodies`). */
  body?: string;
}

function figuresOf(answers: LoadAnswer[], seconds: number): LatencyFigures {
  const samples = answers.map((a) => a.ms).sort((a, b) => a - b);
  return {
    requests: answers.length,
    failures: answers.filter((a) => a.status < 200 || a.status >= 300).length,
    p50: at(samples, 50),
    p95: at(samples, 95),
    p99: at(samples, 99),
    perSecond: Math.round(answers.length / seconds),
  };
}

/**
 * Sends `requests` with `concurrency` in flight from a worker thread (bench/lib/http-load.worker.mjs):
 * the clients run on a core of their own instead of taking the event loop of the server they measure,
 * which runs in this process. Answers in the order of the requests.
 */
export async function loadFromWorker(
  requests: LoadRequest[],
  concurrency: number,
  keepBodies = false,
): Promise<{ figures: LatencyFigures; answers: LoadAnswer[]; seconds: number }> {
  const worker = new Worker(new URL('./http-load.worker.mjs', import.meta.url), { workerData: { requests, concurrency, keepBodies } });
  const { answers, seconds } = await new Promise<{ answers: LoadAnswer[]; seconds: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  return { figures: figuresOf(answers, seconds), answers, seconds };
}

/** GETs of `urls` (`total` of them, url(i)) from a worker thread: their latency figures. */
export async function measureGets(total: number, concurrency: number, url: (i: number) => string, headers: Record<string, string> = {}) {
  const requests = Array.from({ length: total }, (_, i) => ({ url: url(i), headers }));
  return (await loadFromWorker(requests, concurrency)).figures;
}

/** A mysql2 pool on the database a `mariadb://` URL names: the baseline's driver. */
export function rawPool(databaseUrl: string, connectionLimit = 20): mysql.Pool {
  const url = new URL(databaseUrl);
  return mysql.createPool({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
    connectionLimit,
    charset: 'utf8mb4',
    timezone: 'Z',
  });
}

/** A bare node:http server answering every request with `answer(request)` as JSON: the framework-free baseline. */
export async function rawServer(
  answer: (request: IncomingMessage, url: URL) => Promise<unknown>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    answer(request, new URL(request.url ?? '/', 'http://raw'))
      .then((body) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      })
      .catch((error: unknown) => {
        response.writeHead(500);
        response.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** One line of figures, ours beside the baseline's, with the ratio of p95s. */
export function compareLine(name: string, ours: LatencyFigures, raw: LatencyFigures): string {
  const show = (f: LatencyFigures) => `p50 ${f.p50} ms, p95 ${f.p95} ms, p99 ${f.p99} ms, ${f.perSecond}/s, ${f.failures} failed`;
  return `${name}\n  contactly: ${show(ours)}\n  raw mysql2: ${show(raw)}\n  p95 ratio ${(ours.p95 / Math.max(raw.p95, 0.1)).toFixed(2)}`;
}

export interface BuiltServer {
  url: string;
  /** Its database (a fresh one, `<base>_<suffix>`), migrated by the server. */
  databaseUrl: string;
  /** A TypeORM DataSource on that database (with the entities asked for, if any): for fixtures. */
  dataSource: DataSource;
  /** The server process's resident memory now (from /proc), in MB. */
  rssMb(): number;
  /** Stops the server, closes the DataSource and drops the database. */
  stop(): Promise<void>;
}

/**
 * The server built for production (dist/, `npm run build:server`; the Node flags of package.json
 * start:built) in a process of its own, on a fresh database named after `databaseUrl`'s with
 * `_suffix`: what the benchmarks measure, without Jest's module system in every call the server makes.
 */
export async function startBuiltServer(
  databaseUrl: string,
  suffix: string,
  options: { entities?: DataSourceOptions['entities'] } = {},
): Promise<BuiltServer> {
  const url = new URL(databaseUrl);
  const name = `${url.pathname.slice(1)}_${suffix}`;
  url.pathname = `/${name}`;
  const admin = rawPool(new URL('/', url).toString(), 2);
  await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  const port = 18_000 + Math.floor(Math.random() * 2_000);
  const server = await startProcess(
    'dist/apps/api/src/main.js',
    {
      DATABASE_URL: url.toString(),
      PORT: String(port),
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
    `http://127.0.0.1:${port}/health`,
    // To look inside the server while it is measured, e.g. BENCH_SERVER_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof".
    (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean),
  );
  const dataSource = await new DataSource({
    type: 'mariadb',
    host: url.hostname,
    port: Number(url.port || 3306),
    username: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database: name,
    timezone: 'Z',
    entities: options.entities ?? [],
  }).initialize();
  const pid = server.child.pid;
  return {
    url: `http://127.0.0.1:${port}`,
    databaseUrl: url.toString(),
    dataSource,
    rssMb: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    stop: async () => {
      await server.stop();
      await dataSource.destroy();
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    },
  };
}
