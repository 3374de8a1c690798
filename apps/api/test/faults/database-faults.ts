import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { createTestDatabase, type TestDatabase } from '@contactly/platform/testing';

/**
 * A test database the server reaches through a login of its own, so a test can do to the server
 * what an outage does: kill its connections, or refuse it for a while (the account locked), while
 * the test itself keeps its administrative connection.
 */
export interface FaultyDatabase {
  database: TestDatabase;
  /** Kills every connection the server has open now. */
  killConnections(): Promise<number>;
  /** Refuses the server's logins (and ends its connections) until `restore()`. */
  refuse(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function createFaultyDatabase(): Promise<FaultyDatabase> {
  const base = await createTestDatabase();
  const url = new URL(base.url);
  const name = url.pathname.slice(1);
  const admin = await mysql.createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  });
  const user = `ctf_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  await admin.query(`CREATE USER '${user}'@'%' IDENTIFIED BY '${password}'`);
  await admin.query(`GRANT ALL PRIVILEGES ON \`${name}\`.* TO '${user}'@'%'`);
  const serverUrl = new URL(base.url);
  serverUrl.username = user;
  serverUrl.password = password;

  const killConnections = async () => {
    const [rows] = await admin.query<mysql.RowDataPacket[]>('SELECT ID FROM information_schema.PROCESSLIST WHERE USER = ?', [user]);
    for (const row of rows) await admin.query(`KILL CONNECTION ${Number(row.ID)}`).catch(() => undefined);
    return rows.length;
  };
  return {
    database: { url: serverUrl.toString(), dialect: 'mariadb', drop: async () => undefined },
    killConnections,
    refuse: async () => {
      await admin.query(`ALTER USER '${user}'@'%' ACCOUNT LOCK`);
      await killConnections();
    },
    restore: async () => {
      await admin.query(`ALTER USER '${user}'@'%' ACCOUNT UNLOCK`);
    },
    close: async () => {
      await admin.query(`DROP USER IF EXISTS '${user}'@'%'`);
      await admin.end();
      await base.drop();
    },
  };
}
