import { connect, type Socket } from 'node:net';
import { ADMIN_AUTH, basic, type TestApp } from '@contactly/platform/testing';
import { createApiTestApp } from './api-test-app.js';
import { portOf } from './raw-http.js';

/** A raw connection, and what it had received when the server closed it. */
function openSocket(port: number): { socket: Socket; closed: Promise<string> } {
  const socket = connect({ host: '127.0.0.1', port });
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (received += chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(received)));
  return { socket, closed };
}

/** The promise's value if it settles within `ms`; the timer is cleared either way. */
async function within<T>(promise: Promise<T>, ms: number): Promise<{ settled: true; value: T } | { settled: false }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ settled: false }>((resolve) => (timer = setTimeout(() => resolve({ settled: false }), ms)));
  try {
    return await Promise.race([promise.then((value) => ({ settled: true as const, value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Unique per run: the login throttle counts usernames and addresses in memory. */
let sequence = 0;
const username = (prefix: string) => `${prefix}.${Date.now().toString(36)}${(sequence += 1)}`;
const PASSWORD = 'Proxy-Pass-2026!';

describe('connection limits', () => {
  describe('slow clients (HEADERS_TIMEOUT_MS 500, REQUEST_TIMEOUT_MS 1500)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createApiTestApp({ env: { HEADERS_TIMEOUT_MS: '500', REQUEST_TIMEOUT_MS: '1500' } });
    });
    afterAll(() => t.close());

    /** Expects the server to cut the socket off within 6 s; `feed` keeps writing meanwhile. */
    const expectCutOff = async (socket: Socket, closed: Promise<string>, feed?: () => void) => {
      const drip = feed && setInterval(feed, 400);
      let outcome: Awaited<ReturnType<typeof within<string>>>;
      try {
        // Meanwhile the server answers everyone else.
        await t.http.get('/health').expect(200);
        outcome = await within(closed, 6000);
      } finally {
        clearInterval(drip);
        // Still open when the test fails: closed here, or the app could not stop.
        socket.destroy();
      }
      expect(outcome.settled).toBe(true);
      const received = outcome.settled ? outcome.value : '';
      expect(received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
      expect(JSON.parse(received.slice(received.indexOf('\r\n\r\n') + 4))).toMatchObject({
        '@type': 'Error',
        code: 'REQUEST_TIMEOUT',
        status: '408',
      });
    };

    it('closes a connection that announces a body and never sends it', async () => {
      const { socket, closed } = openSocket(portOf(t));
      socket.write(
        `POST /api/v1/users HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${ADMIN_AUTH}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n`,
      );
      await expectCutOff(socket, closed);
    });

    it('closes a connection that sends its body one byte every 400 ms', async () => {
      const { socket, closed } = openSocket(portOf(t));
      socket.write(
        `POST /api/v1/users HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${ADMIN_AUTH}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n`,
      );
      await expectCutOff(socket, closed, () => socket.writable && socket.write(' '));
    });

    it('closes a connection that stops in the middle of a header line', async () => {
      const { socket, closed } = openSocket(portOf(t));
      socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: abc');
      await expectCutOff(socket, closed);
    });

    it('closes a connection that sends headers one line every 400 ms', async () => {
      const { socket, closed } = openSocket(portOf(t));
      socket.write('GET /health HTTP/1.1\r\n');
      let line = 0;
      await expectCutOff(socket, closed, () => socket.writable && socket.write(`X-Line-${(line += 1)}: x\r\n`));
    });
  });

  it('answers headers larger than Node takes with 431 in the error shape, not as a malformed request', async () => {
    const t = await createApiTestApp();
    try {
      const { socket, closed } = openSocket(portOf(t));
      socket.write(`GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
      const received = await closed;
      expect(received).toMatch(/^HTTP\/1\.1 431 /);
      expect(received).toContain('"code":"HEADERS_TOO_LARGE"');
      await t.http.get('/health').expect(200);
    } finally {
      await t.close();
    }
  });

  describe('forwarding headers without TRUST_PROXY', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createApiTestApp({ env: { LOGIN_FAILURE_LIMIT_PER_ADDRESS: '3', LOGIN_FAILURE_LIMIT_PER_USER: '1000' } });
    });
    afterAll(() => t.close());

    it('builds hrefs and Locations from the Host the client connected to, not X-Forwarded-Host', async () => {
      const res = await t.http
        .post('/tmf-api/party/v4/individual')
        .set('Authorization', ADMIN_AUTH)
        .set('X-Forwarded-Host', 'evil.example')
        .set('X-Forwarded-Proto', 'https')
        .send({ givenName: 'Forwarded', familyName: 'Host' })
        .expect(201);
      expect(res.body.href).toBe(`http://127.0.0.1:${portOf(t)}/tmf-api/party/v4/individual/${res.body.id}`);
      expect(res.headers.location).toBe(res.body.href);
    });

    it('counts login failures against the socket address whatever X-Forwarded-For says', async () => {
      const user = username('victim');
      await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .send({ username: user, displayName: 'Victim', password: PASSWORD, roles: ['agent'] })
        .expect(201);
      for (let i = 1; i <= 3; i += 1) {
        await t.http
          .post('/api/v1/auth')
          .set('Authorization', basic(username('nobody'), 'wrong-password'))
          .set('X-Forwarded-For', `198.51.100.${i}`)
          .expect(401);
      }
      const fourth = await t.http
        .post('/api/v1/auth')
        .set('Authorization', basic(username('nobody'), 'wrong-password'))
        .set('X-Forwarded-For', '198.51.100.4')
        .expect(429);
      expect(fourth.body.code).toBe('TOO_MANY_LOGIN_FAILURES');
      expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0);
      // The right password from the same socket is refused too: a forged header does not help.
      await t.http.post('/api/v1/auth').set('Authorization', basic(user, PASSWORD)).set('X-Forwarded-For', '198.51.100.5').expect(429);
      await t.http.post('/api/v1/auth').set('Authorization', basic(user, PASSWORD)).expect(429);
    });
  });

  describe('forwarding headers with TRUST_PROXY=127.0.0.1', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createApiTestApp({
        env: { TRUST_PROXY: '127.0.0.1', LOGIN_FAILURE_LIMIT_PER_ADDRESS: '3', LOGIN_FAILURE_LIMIT_PER_USER: '1000' },
      });
    });
    afterAll(() => t.close());

    it('builds hrefs from the host and protocol the trusted proxy forwards', async () => {
      const res = await t.http
        .post('/tmf-api/party/v4/individual')
        .set('Authorization', ADMIN_AUTH)
        .set('X-Forwarded-Host', 'api.example.com')
        .set('X-Forwarded-Proto', 'https')
        .send({ givenName: 'Forwarded', familyName: 'Proxy' })
        .expect(201);
      expect(res.body.href).toBe(`https://api.example.com/tmf-api/party/v4/individual/${res.body.id}`);
      expect(res.headers.location).toBe(res.body.href);
    });

    it('counts login failures against the client address the trusted proxy names', async () => {
      const user = username('client');
      await t.http
        .post('/api/v1/users')
        .set('Authorization', ADMIN_AUTH)
        .send({ username: user, displayName: 'Client', password: PASSWORD, roles: ['agent'] })
        .expect(201);
      const login = (auth: string, address: string) =>
        t.http.post('/api/v1/auth').set('Authorization', auth).set('X-Forwarded-For', address);
      for (let i = 1; i <= 3; i += 1) await login(basic(username('guess'), 'wrong-password'), '203.0.113.7').expect(401);
      expect((await login(basic(username('guess'), 'wrong-password'), '203.0.113.7').expect(429)).body.code).toBe(
        'TOO_MANY_LOGIN_FAILURES',
      );
      await login(basic(user, PASSWORD), '203.0.113.7').expect(429);
      // Another client behind the same proxy is not locked out with the first.
      await login(basic(user, 'wrong-password'), '203.0.113.8').expect(401);
      const signedIn = await login(basic(user, PASSWORD), '203.0.113.8').expect(200);
      expect(signedIn.body.username).toBe(user);
    });
  });
});
