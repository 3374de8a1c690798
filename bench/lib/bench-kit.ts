// What the lib benchmarks (libs/*/bench/*.bench.ts, run in Jest by `npm run bench`) share: latency
// percentiles under a fixed concurrency, and the raw-driver baseline each scenario is measured beside
// (a mysql2 pool on the same database, and a bare node:http server answering the same question).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import mysql from 'mysql2/promise';

export interface LatencyFigures {
  requests: number;
  failures: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
}

const at = (sorted: number[], p: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1));

/** Runs `task` `total` times with `concurrency` in flight; its latency percentiles and rate. `task` returns whether it succeeded. */
export async function measure(total: number, concurrency: number, task: (i: number) => Promise<boolean>): Promise<LatencyFigures> {
  const samples: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const begun = performance.now();
        if (!(await task(i))) failures += 1;
        samples.push(performance.now() - begun);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  return {
    requests: total,
    failures,
    p50: at(samples, 50),
    p95: at(samples, 95),
    p99: at(samples, 99),
    perSecond: Math.round(total / seconds),
  };
}

/** A GET that counts as successful when its status is 2xx (the body is read in full). */
export async function get(url: string, headers: Record<string, string> = {}): Promise<boolean> {
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  return response.ok;
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
