// Measures the JavaScript a browser loads for the login page, and then up to a customer 360 page
// (signed in as Admin), against a running server: raw, gzip and brotli bytes of each route's
// scripts (from dist/, at the levels the build precompresses with), and the encoding the server
// actually answered with. Usage: DASHBOARD_URL=http://127.0.0.1:8181 node scripts/measure-route-js.mjs
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const base = process.env.DASHBOARD_URL ?? 'http://127.0.0.1:8181';
const dist = new URL('../dist/', import.meta.url).pathname;
const auth = { Authorization: `Basic ${Buffer.from('Admin:admin').toString('base64')}`, 'Content-Type': 'application/json' };

async function post(path, body) {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const party = await post('/tmf-api/party/v4/individual', { givenName: 'Measure', familyName: 'Bundle' });
const customer = await post('/tmf-api/customerManagement/v4/customer', { name: 'Measure Bundle', engagedParty: { id: party.id } });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage();
const loaded = new Map();
page.on('response', (response) => {
  const url = new URL(response.url());
  if (url.origin === new URL(base).origin && url.pathname.endsWith('.js'))
    loaded.set(url.pathname, response.headers()['content-encoding'] ?? 'identity');
});

function sizes(paths) {
  const total = { files: paths.length, raw: 0, gzip: 0, brotli: 0, encodings: new Set() };
  for (const path of paths) {
    const file = join(dist, path);
    if (!existsSync(file)) throw new Error(`${path} is not in ${dist}: build the dashboard that the server serves`);
    const bytes = readFileSync(file);
    total.raw += bytes.length;
    total.gzip += gzipSync(bytes, { level: 9 }).length;
    total.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    total.encodings.add(loaded.get(path));
  }
  return total;
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const report = (label, total) =>
  console.log(
    `${label.padEnd(28)} ${String(total.files).padStart(2)} files  raw ${kb(total.raw).padStart(10)}  gzip ${kb(total.gzip).padStart(9)}  brotli ${kb(total.brotli).padStart(9)}  served as ${[...total.encodings].join(', ')}`,
  );

await page.goto(`${base}/login`, { waitUntil: 'networkidle' });
report('login page', sizes([...loaded.keys()]));
await page.getByLabel('Username').fill('Admin');
await page.getByLabel('Password').fill('admin');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.getByTestId('signed-in-user').waitFor();
await page.goto(`${base}/customers/${customer.id}`, { waitUntil: 'networkidle' });
await page.getByRole('heading', { name: 'Measure Bundle' }).first().waitFor();
report('up to a customer 360 page', sizes([...loaded.keys()]));
await browser.close();
