// The raw-driver baseline: node:http + a mysql2 pool answering the same queries as the server, with
// no framework, no auth and no logging. What the server reaches against it is the ratio we report.
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
});

const routes = [
  // GET /api/v1/users/:id — the user row and its roles.
  [/^\/api\/v1\/users\/(\d+)$/, async (id) => {
    const [users] = await pool.execute('SELECT * FROM `user` WHERE id = ?', [id]);
    if (!users.length) return null;
    const [roles] = await pool.execute('SELECT r.* FROM role r INNER JOIN user_role ur ON ur.role_id = r.id WHERE ur.user_id = ? ORDER BY r.name', [id]);
    const { password_hash: _hash, ...user } = users[0];
    return { ...user, roles: roles.map((r) => r.name), version: user.version };
  }],
  // GET /tmf-api/customerManagement/v4/customer/:id — the party, its contact media, its affiliate's name.
  [/^\/tmf-api\/customerManagement\/v4\/customer\/(\d+)$/, async (id) => {
    const [parties] = await pool.execute('SELECT * FROM party WHERE id = ? AND is_customer = 1', [id]);
    if (!parties.length) return null;
    const [media] = await pool.execute('SELECT * FROM contact_medium WHERE party_id = ? ORDER BY id', [id]);
    const party = parties[0];
    const [affiliates] = party.affiliate_id ? await pool.execute('SELECT id, name FROM affiliate WHERE id IN (?)', [party.affiliate_id]) : [[]];
    return { ...party, contactMedium: media, relatedParty: affiliates };
  }],
];

createServer(async (req, res) => {
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
