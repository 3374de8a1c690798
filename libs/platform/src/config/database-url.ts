import { ConfigError } from './env-parsers.js';

export type DatabaseSettings =
  | { dialect: 'sqlite'; path: string }
  | { dialect: 'mariadb'; host: string; port: number; username: string; password: string; database: string };

/** `sqlite:<path>` (the embedded default) or `mariadb://user:pass@host:3306/db` (`mysql://` works too). */
export function parseDatabaseUrl(raw: string): DatabaseSettings {
  const value = raw.trim();
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!path) throw new ConfigError('must name a file, e.g. sqlite:data/contactly.sqlite');
    return { dialect: 'sqlite', path };
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError('must be sqlite:<path> or mariadb://user:password@host:3306/database');
  }
  if (parsed.protocol !== 'mariadb:' && parsed.protocol !== 'mysql:') {
    throw new ConfigError('must be sqlite:<path> or mariadb://user:password@host:3306/database');
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_$-]+$/.test(database)) throw new ConfigError('must name a database, e.g. mariadb://root@127.0.0.1:3306/contactly');
  return {
    dialect: 'mariadb',
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 3306,
    username: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
    database,
  };
}
