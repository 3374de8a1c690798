// The raw-driver baseline: node:http + a mysql2 pool answering the same queries as the server, with
// no framework, no auth and no logging. What the server reaches against it is the ratio we report.
// The users route uses the text protocol (pool.query) as TypeORM does, so the ratio measures the
// framework and not a protocol difference.
import { createServer } from 'node:http';
import mysql from 'mysql2/promise';

const url = new URL(process.env.BENCH_DATABASE_URL);
const pool = mysql.createPool({
  host: url.hostname,
  port: Number(url.port || 3306),
  user: decodeURIComponent(url.username || 'root'),
  password: decodeURIComponent(url.password),
  database: url.pathname.slice(1),
  connectionLimit: 20,
  charset: 'utf8mb4',
  timezone: 'Z',
});

const routes = [
  // GET /api/v1/users/:id — the user row and its roles, answered in the same JSON shape as the server.
  [
    /^\/api\/v1\/users\/(\d+)$/,
    async (id) => {
      const [users] = await pool.query('SELECT * FROM `user` WHERE id = ?', [id]);
      if (!users.length) return null;
      const [roles] = await pool.query(
        'SELECT r.* FROM role r INNER JOIN user_role ur ON ur.role_id = r.id WHERE ur.user_id = ? ORDER BY r.name',
        [id],
      );
      const u = users[0];
      return {
        id: u.id,
        username: u.username,
        displayName: u.display_name,
        email: u.email,
        kind: u.kind,
        roles: roles.map((r) => r.name),
        affiliateId: u.affiliate_id,
        customerId: u.customer_id,
        active: Boolean(u.active),
        version: u.version,
        createdAt: u.created_at.toISOString(),
        updatedAt: u.updated_at.toISOString(),
        passwordChangedAt: u.password_changed_at?.toISOString() ?? null,
      };
    },
  ],
  // GET /tmf-api/customerManagement/v4/customer/:id — the party, its contact media, its affiliate's name.
  [
    /^\/tmf-api\/customerManagement\/v4\/customer\/(\d+)$/,
    async (id) => {
      const [parties] = await pool.execute('SELECT * FROM party WHERE id = ? AND is_customer = 1', [id]);
      if (!parties.length) return null;
      const [media] = await pool.execute('SELECT * FROM contact_medium WHERE party_id = ? ORDER BY id', [id]);
      const party = parties[0];
      const [affiliates] = party.affiliate_id
        ? await pool.execute('SELECT id, name FROM affiliate WHERE id IN (?)', [party.affiliate_id])
        : [[]];
      return { ...party, contactMedium: media, relatedParty: affiliates };
    },
  ],
];

const server = createServer(async (req, res) => {
  if (req.url === '/health') return res.end('ok');
  for (const [pattern, handler] of routes) {
    const match = pattern.exec(req.url);
    if (!match) continue;
    try {
      const body = await handler(Number(match[1]));
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json', etag: `"${body?.version ?? 0}"` });
      return res.end(JSON.stringify(body ?? { error: 'not found' }));
    } catch (error) {
      res.writeHead(500);
      return res.end(String(error));
    }
  }
  res.writeHead(404);
  res.end();
}).listen(Number(process.env.PORT), '127.0.0.1');

// A normal exit on SIGTERM (so `node --cpu-prof` can write its profile).
process.on('SIGTERM', () => {
  server.close();
  pool.end().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
});
