import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from '@contactly/platform/testing';
import { portOf } from './raw-http.js';

/** A built dashboard in miniature: a script with its `.br` and `.gz` copies (as the build writes them), a stylesheet without. */
const SCRIPT = `export const greeting = ${JSON.stringify('Здравствуйте, '.repeat(400))};\n`.repeat(4);
const STYLE = 'body{margin:0}';

interface BinaryResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly these headers (no client adds or decodes an encoding of its own), answered as bytes. */
function get(t: TestApp, path: string, headers: Record<string, string>): Promise<BinaryResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: portOf(t), path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the dashboard’s static files, precompressed', () => {
  let t: TestApp;
  let dashboardDir: string;
  beforeAll(async () => {
    dashboardDir = mkdtempSync(join(tmpdir(), 'contactly-dashboard-'));
    mkdirSync(join(dashboardDir, 'assets'));
    writeFileSync(join(dashboardDir, 'index.html'), '<!doctype html><title>Contactly</title><div id="root"></div>');
    writeFileSync(join(dashboardDir, 'assets', 'index-abc123.js'), SCRIPT);
    writeFileSync(join(dashboardDir, 'assets', 'index-abc123.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(dashboardDir, 'assets', 'index-abc123.js.gz'), gzipSync(SCRIPT));
    writeFileSync(join(dashboardDir, 'assets', 'tiny-abc123.css'), STYLE);
    t = await createTestApp({ modules: [], entities: [], migrations: [], dashboardDir });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dashboardDir, { recursive: true, force: true });
  });

  const SCRIPT_PATH = '/assets/index-abc123.js';

  it.each([
    ['gzip, deflate, br', 'br'],
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.8', 'gzip'],
    ['*', 'gzip'],
  ])('answers Accept-Encoding “%s” with the %s copy, marked as such', async (accepted, encoding) => {
    const res = await get(t, SCRIPT_PATH, { 'accept-encoding': accepted });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
    const decoded = encoding === 'br' ? brotliDecompressSync(res.body) : gunzipSync(res.body);
    expect(decoded.toString('utf8')).toBe(SCRIPT);
  });

  it.each([['identity'], ['br;q=0, gzip;q=0'], [null]])(
    'sends the file itself for Accept-Encoding %s, still with Vary',
    async (accepted) => {
      const res = await get(t, SCRIPT_PATH, accepted === null ? {} : { 'accept-encoding': accepted });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.body.toString('utf8')).toBe(SCRIPT);
    },
  );

  it('sends a file the build did not compress (too small to gain) as it is', async () => {
    const res = await get(t, '/assets/tiny-abc123.css', { 'accept-encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(res.body.toString('utf8')).toBe(STYLE);
  });

  it('keeps the SPA fallback for the app’s routes, and a missing build file a 404', async () => {
    const page = await get(t, '/customers/42', { 'accept-encoding': 'br, gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body.toString('utf8')).toContain('<div id="root">');
    // A chunk of an older build is a 404, not index.html that the browser would fail to run as a script.
    const missing = await get(t, '/assets/missing-abc123.js', { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body.toString('utf8'))).toMatchObject({ '@type': 'Error', code: 'NOT_FOUND' });
  });
});
