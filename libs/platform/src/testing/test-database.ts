import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { parseDatabaseUrl } from '../config/database-url.js';

export interface TestDatabase {
  /** DATABASE_URL of a new, empty database. */
  url: string;
  dialect: 'sqlite' | 'mariadb';
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file: a new MariaDB database on the server that DATABASE_URL
 * names (when it names one), else a new SQLite file. Dropped by `drop()`.
 */
export async function createTestDatabase(baseUrl = process.env.DATABASE_URL): Promise<TestDatabase> {
  if (!baseUrl || baseUrl.startsWith('sqlite:')) {
    const dir = mkdtempSync(join(tmpdir(), 'contactly-test-'));
    return {
      url: `sqlite:${join(dir, 'test.sqlite')}`,
      dialect: 'sqlite',
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const settings = parseDatabaseUrl(baseUrl);
  if (settings.dialect !== 'mariadb') throw new Error('unreachable');
  const name = `contactly_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await mysql.createConnection({
    host: settings.host,
    port: settings.port,
    user: settings.username,
    password: settings.password,
  });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dialect: 'mariadb',
    drop: async () => {
      const conn = await mysql.createConnection({
        host: settings.host,
        port: settings.port,
        user: settings.username,
        password: settings.password,
      });
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}
