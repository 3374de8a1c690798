import type { AddressInfo } from 'node:net';
import { bulkInsert } from '@contactly/platform';
import type { TestApp } from '@contactly/platform/testing';
import mysql, { type RowDataPacket } from 'mysql2/promise';
import { NumberResource } from '../src/resource/number-resource.entity.js';
import { keyWindows } from '../src/resource/key-windows.js';
import { RANDOM_KEY_LIMIT, randomKey } from '../src/resource/random-key.js';

/** Rows written per transaction while filling a pool. */
const FILL_CHUNK = 50_000;

export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))];

export const urlOf = (t: TestApp) => `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;

/** `count` available MSISDNs of a pool, from `first` on, in multi-row inserts. */
export async function fillPool(t: TestApp, pool: string, first: number, count: number): Promise<void> {
  const now = new Date();
  for (let from = 0; from < count; from += FILL_CHUNK) {
    const rows: Partial<NumberResource>[] = [];
    for (let i = from; i < Math.min(count, from + FILL_CHUNK); i += 1)
      rows.push({
        resourceType: 'msisdn',
        value: String(first + i),
        pool,
        status: 'available',
        statusDate: now,
        randomKey: randomKey(),
        portedIn: false,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
    await t.db.transaction(() => bulkInsert(t.db.manager, NumberResource, rows));
  }
}

/** A mysql2 pool on the test's database (or the one `databaseUrl` names): the raw-driver baseline. */
export function rawPool(t: TestApp, connections: number, databaseUrl = t.database.url) {
  const url = new URL(databaseUrl);
  return mysql.createPool({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
    connectionLimit: connections,
  });
}

/**
 * The raw baseline's random pick, as the repository does it: key windows from a random key, each 16
 * times wider than the last (bounded ranges, so the database reads the index from the random key).
 */
export async function rawWindowedPick(
  pool: mysql.Pool | mysql.PoolConnection,
  where: string,
  params: unknown[],
  limit: number,
): Promise<RowDataPacket[]> {
  const found: RowDataPacket[] = [];
  for (const [low, high] of keyWindows(Math.floor(Math.random() * RANDOM_KEY_LIMIT))) {
    if (found.length >= limit) break;
    const [rows] = await pool.query<RowDataPacket[]>(
      `SELECT * FROM number_resource WHERE ${where} AND random_key >= ? AND random_key < ? ORDER BY random_key LIMIT ?`,
      [...params, low, high, limit - found.length],
    );
    found.push(...rows);
  }
  return found;
}

/** `count` available MSISDNs of a pool from `first` on, written through mysql2 (a database the test app does not hold). */
export async function fillPoolRaw(db: mysql.Pool, pool: string, first: number, count: number): Promise<void> {
  const now = new Date();
  for (let from = 0; from < count; from += 5_000) {
    const rows = [];
    for (let i = from; i < Math.min(count, from + 5_000); i += 1)
      rows.push(['msisdn', String(first + i), pool, 'available', now, randomKey(), 0, 1, now, now]);
    await db.query(
      'INSERT INTO number_resource (resource_type, value, pool, status, status_date, random_key, ported_in, version, created_at, updated_at) VALUES ?',
      [rows],
    );
  }
}
