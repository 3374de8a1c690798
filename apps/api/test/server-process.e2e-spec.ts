import { request as httpRequest } from 'node:http';
import { createTestDatabase, type TestDatabase } from '@contactly/platform/testing';
import { isBuilt, runServer, waitForHealth } from './server-process.js';

// These run the built server (`npm test` builds first); without a build they are skipped, not passed.
const describeBuilt = isBuilt() ? describe : describe.skip;

describeBuilt('the server process', () => {
  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://somewhere/db' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'not a url' }],
    ['ADMIN_PASSWORD', { NODE_ENV: 'production' }],
    // Settings the domain libs read: refused before start-up like the platform's.
    ['SUPPORT_HUB_REFRESH_HOURS', { SUPPORT_HUB_REFRESH_HOURS: 'four' }],
    ['SMTP_URL', { SMTP_URL: 'https://mail.example.com' }],
  ])('stops with exit code 1 and one line naming %s', async (variable, env) => {
    const run = runServer({ DATABASE_URL: 'sqlite:/tmp/contactly-never-created.sqlite', ...env });
    const { code } = await run.exited;
    expect(code).toBe(1);
    const lines = run.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^contactly: invalid configuration: ${variable} `));
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  describe('running', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(() => database.drop());

    it('logs structured JSON lines with the request id, never credentials or card numbers', async () => {
      const port = 18000 + Math.floor(Math.random() * 2000);
      const run = runServer({ PORT: String(port), DATABASE_URL: database.url, SEED_DEMO_DATA: 'false', LOG_LEVEL: 'info' });
      await waitForHealth(port);
      const authorization = `Basic ${Buffer.from('Admin:admin').toString('base64')}`;
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/users?q=4111111111111111`, {
        headers: { authorization, 'x-request-id': 'trace-me-12345' },
      });
      expect(res.headers.get('x-request-id')).toBe('trace-me-12345');
      await fetch(`http://127.0.0.1:${port}/api/v1/auth`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from('Admin:wrong-secret-pw').toString('base64')}` },
      });
      run.child.kill('SIGTERM');
      await run.exited;
      const lines = run.stdout().trim().split('\n');
      const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const request = records.find((r) => (r.req as { id?: string } | undefined)?.id === 'trace-me-12345');
      expect(request).toMatchObject({ req: { method: 'GET', url: expect.stringContaining('/api/v1/users') }, res: { statusCode: 200 } });
      const everything = run.stdout() + run.stderr();
      expect(everything).not.toContain(authorization.slice(6));
      expect(everything).not.toContain('wrong-secret-pw');
      expect(everything).not.toContain(Buffer.from('Admin:wrong-secret-pw').toString('base64'));
      expect(everything).not.toContain('4111111111111111');
    });

    it('says at start-up that the default admin password is in use and where it is documented, never the password itself', async () => {
      const fresh = await createTestDatabase();
      try {
        const port = 18000 + Math.floor(Math.random() * 2000);
        const run = runServer({ PORT: String(port), DATABASE_URL: fresh.url, SEED_DEMO_DATA: 'true', LOG_LEVEL: 'info' });
        await waitForHealth(port, 60000);
        // The defaults are in force: the demo users and Admin sign in with them.
        expect(
          (
            await fetch(`http://127.0.0.1:${port}/api/v1/auth`, {
              method: 'POST',
              headers: { authorization: `Basic ${Buffer.from('Admin:admin').toString('base64')}` },
            })
          ).status,
        ).toBe(200);
        run.child.kill('SIGTERM');
        await run.exited;
        const everything = run.stdout() + run.stderr();
        expect(everything).toMatch(/default password documented in the README/);
        expect(everything).toMatch(/Seeded demo users .* demo password documented in the README/);
        expect(everything).not.toContain('"admin"');
        expect(everything).not.toContain('\\"admin\\"');
        expect(everything).not.toContain('Contactly-demo-2026');
      } finally {
        await fresh.drop();
      }
    }, 90000);

    it('never writes ADMIN_PASSWORD to its output', async () => {
      const fresh = await createTestDatabase();
      const adminPassword = `Operator-Chosen-${Math.random().toString(36).slice(2)}-Secret-2026`;
      try {
        const port = 18000 + Math.floor(Math.random() * 2000);
        const run = runServer({
          PORT: String(port),
          DATABASE_URL: fresh.url,
          SEED_DEMO_DATA: 'true',
          LOG_LEVEL: 'debug',
          ADMIN_PASSWORD: adminPassword,
        });
        await waitForHealth(port, 60000);
        const signIn = (password: string) =>
          fetch(`http://127.0.0.1:${port}/api/v1/auth`, {
            method: 'POST',
            headers: { authorization: `Basic ${Buffer.from(`Admin:${password}`).toString('base64')}` },
          });
        expect((await signIn(adminPassword)).status).toBe(200);
        expect((await signIn('admin')).status).toBe(401);
        run.child.kill('SIGTERM');
        await run.exited;
        const everything = run.stdout() + run.stderr();
        expect(everything).toMatch(/with the password from ADMIN_PASSWORD/);
        expect(everything).not.toContain(adminPassword);
        expect(everything).not.toContain(Buffer.from(`Admin:${adminPassword}`).toString('base64'));
        expect(everything).not.toContain('Contactly-demo-2026');
      } finally {
        await fresh.drop();
      }
    }, 90000);

    it('lets an in-flight request finish on SIGTERM, then exits 0', async () => {
      const port = 18000 + Math.floor(Math.random() * 2000);
      const run = runServer({ PORT: String(port), DATABASE_URL: database.url, SEED_DEMO_DATA: 'false', LOG_LEVEL: 'warn' });
      await waitForHealth(port);
      const body = JSON.stringify({ username: 'slow.client', displayName: 'Slow Client', password: 'Correct-Horse-42', roles: ['agent'] });
      const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            path: '/api/v1/users',
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
              authorization: `Basic ${Buffer.from('Admin:admin').toString('base64')}`,
            },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        // Half the body now, the rest after the signal: the request is in flight while the server stops.
        req.write(body.slice(0, 20));
        setTimeout(() => {
          run.child.kill('SIGTERM');
          setTimeout(() => req.end(body.slice(20)), 300);
        }, 200);
      });
      const answered = await response;
      expect(answered.status).toBe(201);
      expect(JSON.parse(answered.body)).toMatchObject({ username: 'slow.client' });
      const { code } = await run.exited;
      expect(code).toBe(0);
      // Stopped accepting: nothing listens any more.
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    });
  });
});
