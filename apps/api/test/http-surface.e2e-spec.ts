import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { REPO_ROOT } from '../src/paths.js';
import { createApiTestApp } from './api-test-app.js';

describe('the HTTP surface of the whole server', () => {
  let t: TestApp;
  let dashboardDir: string;
  beforeAll(async () => {
    dashboardDir = mkdtempSync(join(tmpdir(), 'contactly-dashboard-'));
    writeFileSync(join(dashboardDir, 'index.html'), '<!doctype html><title>Contactly</title><div id="root"></div>');
    t = await createApiTestApp({ dashboardDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dashboardDir, { recursive: true, force: true });
  });

  it('serves the same OpenAPI document as the committed openapi.json', async () => {
    const served = await t.http.get('/openapi.json').expect(200);
    const committed = JSON.parse(readFileSync(join(REPO_ROOT, 'openapi.json'), 'utf8'));
    expect(served.body).toEqual(committed);
  });

  it('documents every route with a summary, its responses and Basic auth', async () => {
    const document = (await t.http.get('/openapi.json')).body as {
      paths: Record<string, Record<string, { summary?: string; responses: Record<string, unknown>; security?: unknown[] }>>;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(document.components.securitySchemes.basic).toMatchObject({ type: 'http', scheme: 'basic' });
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect({ route: `${method} ${path}`, summary: typeof operation.summary }).toEqual({
          route: `${method} ${path}`,
          summary: 'string',
        });
        expect(Object.keys(operation.responses).length).toBeGreaterThan(0);
        if (path !== '/health')
          expect({ route: `${method} ${path}`, errors: Object.keys(operation.responses).some((s) => s.startsWith('4')) }).toEqual({
            route: `${method} ${path}`,
            errors: true,
          });
      }
    }
  });

  it('serves Swagger UI at /swagger-ui, and /swagger-ui/index.html leads there', async () => {
    const page = await t.http.get('/swagger-ui').expect(200);
    expect(page.text).toContain('swagger-ui-bundle.js');
    await t.http.get('/swagger-ui/swagger-ui-bundle.js').expect(200);
    const index = await t.http.get('/swagger-ui/index.html').expect(302);
    expect(index.headers.location).toBe('/swagger-ui');
  });

  it.each(['/', '/users', '/users/42/edit', '/roles?x=1'])('serves the dashboard for the client route %s', async (path) => {
    const res = await t.http.get(path).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('<div id="root">');
  });

  it.each([
    '/api/v1/nope',
    '/api/v2',
    '/tmf-api/customerManagement/v4/nothing',
    '/swagger-ui/nothing.js',
    '/openapi.json.bak',
    '/metricsx',
    '/healthz',
  ])('never answers %s with the dashboard', async (path) => {
    const res = await t.http.get(path).set('Authorization', ADMIN_AUTH);
    expect(res.headers['content-type']).not.toMatch(/text\/html/);
    if (res.status === 404) expect(res.body).toMatchObject({ '@type': 'Error', status: '404' });
  });

  it('answers unknown methods and paths in the error shape', async () => {
    const res = await t.http.delete('/api/v1/nothing-here').set('Authorization', ADMIN_AUTH).expect(404);
    expect(res.body).toMatchObject({ '@type': 'Error', code: 'NOT_FOUND', status: '404' });
  });
});
