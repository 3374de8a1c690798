import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createApiTestApp } from './api-test-app.js';
import { type BodyAttempt, KINDS, NAMED_KIND, ROUTE_ATTEMPTS } from './scope/attempts.js';
import { buildWorld, type MatrixPrincipal, type Owner, OWNERS, type World } from './scope/world.js';

interface Operation {
  method: string;
  path: string;
  audience: string | undefined;
  resource: string | undefined;
  queryParams: string[];
}

interface Outcome {
  route: string;
  principal: Owner;
  owner: Owner;
  status: number;
  detail?: string;
}

/** Runs the tasks with a few in flight: the server is real, so is its concurrency. */
async function inPool<T>(items: T[], size: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
}

/**
 * The ids of the records a read answered with: its items' `field` (a list), or the record's own
 * (one record), or the items of a list inside it. Nested references (an owner's `relatedParty.id`)
 * are not records of the answer.
 */
function idsIn(body: unknown, field: string): string[] {
  const own = (item: unknown) =>
    item && typeof item === 'object' && field in item ? [String((item as Record<string, unknown>)[field])] : [];
  if (Array.isArray(body)) return body.flatMap(own);
  if (!body || typeof body !== 'object') return [];
  return [...own(body), ...Object.values(body).flatMap((value) => (Array.isArray(value) ? value.flatMap(own) : []))];
}

/**
 * The scope matrix, generated from the route table (the served OpenAPI document): every route must
 * say whom it serves (`x-audience`); staff routes refuse affiliates and subscribers whatever their
 * permissions; on every customer-owned route two affiliates and two subscribers each try the
 * others' records — by id, by list filter and by search, reading and writing — and get 404 (403
 * where their role lacks the permission), and nothing changes.
 */
describe('the scope matrix: every route, tried by the wrong principal', () => {
  let t: TestApp;
  let world: World;
  let operations: Operation[];

  beforeAll(async () => {
    t = await createApiTestApp();
    world = await buildWorld(t);
    const document = (await t.http.get('/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    operations = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        audience: op['x-audience'] as string | undefined,
        resource: op['x-audience'] === 'customer-owned' ? (op['x-owned-resource'] as string | undefined) : undefined,
        queryParams: ((op.parameters ?? []) as { in: string; name: string }[]).filter((p) => p.in === 'query').map((p) => p.name),
      })),
    );
  }, 120_000);
  afterAll(() => t.close());

  const routeOf = (op: Operation) => `${op.method} ${op.path}`;
  const foreignOwners = (principal: MatrixPrincipal) => OWNERS.filter((owner) => !principal.sees.has(owner));
  const recordOf = (kind: string, owner: Owner, path: string) =>
    kind === 'hubRegistration' ? world.hubs.get(path.replace(/\/\{id\}$/, ''))?.[owner] : world.records.get(kind)?.[owner];

  const send = (method: string, url: string, auth: string, query: Record<string, string> = {}, body?: Record<string, unknown>) => {
    const req = t.http[method.toLowerCase() as 'get'](url).query(query).set('Authorization', auth);
    return body === undefined ? req : req.send(body);
  };

  it('finds every route classified (public, staff, self, reference or customer-owned with its kind)', () => {
    const unclassified = operations.filter((op) => !op.audience).map(routeOf);
    const unknownKind = operations
      .filter((op) => op.audience === 'customer-owned' && !(op.resource && KINDS[op.resource]))
      .map((op) => `${routeOf(op)} (${op.resource})`);
    expect({ unclassified, unknownKind }).toEqual({ unclassified: [], unknownKind: [] });
    expect(operations.filter((op) => op.audience === 'customer-owned').length).toBeGreaterThan(50);
  });

  it('refuses every staff route to affiliates and subscribers with 403, whatever the route needs', async () => {
    const staff = operations.filter((op) => op.audience === 'staff');
    const outsiders = world.principals.filter((p) => p.name === 'A1' || p.name === 'S1');
    const wrong: string[] = [];
    await inPool(
      staff.flatMap((op) => outsiders.map((principal) => ({ op, principal }))),
      6,
      async ({ op, principal }) => {
        const res = await send(op.method, op.path.replace(/\{[^}]+\}/g, '1'), principal.auth);
        if (res.status !== 403) wrong.push(`${routeOf(op)} as ${principal.name}: ${res.status}`);
      },
    );
    expect(wrong).toEqual([]);
    expect(staff.length).toBeGreaterThan(100);
  }, 120_000);

  it('keeps every customer-owned record out of reach of the other affiliates and subscribers, and changes nothing', async () => {
    const before = await snapshots();
    const outcomes: Outcome[] = [];
    const undeclared: string[] = [];
    const attempts: (() => Promise<void>)[] = [];
    for (const op of operations.filter((o) => o.audience === 'customer-owned')) {
      const declared = ROUTE_ATTEMPTS[routeOf(op)];
      if (declared && 'nothingToAttempt' in declared) continue;
      const attempt: BodyAttempt = declared ?? {};
      const idParam = (op.path.match(/\{([^}]+)\}/g) ?? []).map((p) => p.slice(1, -1)).find((p) => !attempt.params?.[p]);
      if (!idParam && op.method !== 'GET' && !attempt.body) {
        undeclared.push(routeOf(op));
        continue;
      }
      for (const principal of world.principals) {
        if (!idParam && op.method === 'GET') attempts.push(() => listAll(op, principal, outcomes));
        for (const owner of foreignOwners(principal)) attempts.push(() => attemptOne(op, attempt, idParam, principal, owner, outcomes));
      }
    }
    await inPool(attempts, 6, (attempt) => attempt());
    expect(undeclared).toEqual([]);
    expect(outcomes.filter((o) => o.detail).map((o) => `${o.route} as ${o.principal} on ${o.owner}'s: ${o.status} ${o.detail}`)).toEqual(
      [],
    );
    expect(await snapshots()).toEqual(before);
    // Hub registrations have no read: each owner removing its own shows that none was lost.
    for (const [hub, owners] of world.hubs) {
      for (const [owner, id] of Object.entries(owners))
        await t.http
          .delete(`${hub}/${id}`)
          .set('Authorization', world.principals.find((p) => p.name === owner)!.auth)
          .expect(204);
    }
    expect(outcomes.length).toBeGreaterThan(300);
  }, 300_000);

  async function attemptOne(
    op: Operation,
    attempt: BodyAttempt,
    idParam: string | undefined,
    principal: MatrixPrincipal,
    owner: Owner,
    outcomes: Outcome[],
  ) {
    const kind = op.resource as string;
    const spec = KINDS[kind];
    const named = idParam ? kind : (NAMED_KIND[routeOf(op)] ?? (op.method === 'GET' ? kind : 'customer'));
    const foreign = recordOf(named, owner, op.path);
    if (foreign === undefined) return;
    let url = op.path;
    for (const [param, value] of Object.entries(attempt.params ?? {})) url = url.replace(`{${param}}`, value);
    if (idParam) url = url.replace(`{${idParam}}`, foreign);
    const query =
      attempt.query?.(foreign) ??
      (idParam
        ? {}
        : op.queryParams.includes('q')
          ? { q: foreign }
          : op.queryParams.includes(spec.filter)
            ? { [spec.filter]: foreign }
            : {});
    const body =
      attempt.body?.(foreign, principal, world, owner) ?? (op.method === 'PATCH' || op.method === 'PUT' ? spec.change : undefined);
    const res = await send(op.method, url, principal.auth, query, body);
    const outcome: Outcome = { route: routeOf(op), principal: principal.name, owner, status: res.status };
    if (!idParam && op.method === 'GET') {
      if (res.status === 200 && idsIn(res.body, spec.idField).includes(foreign))
        outcome.detail = `listed ${kind} ${foreign} (query ${JSON.stringify(query)})`;
      else if (![200, 403, 404].includes(res.status)) outcome.detail = `unexpected answer ${JSON.stringify(res.body).slice(0, 200)}`;
    } else if (![403, 404, ...(attempt.alsoAccepted ?? [])].includes(res.status)) {
      outcome.detail = `reached ${kind} ${foreign}: ${JSON.stringify(res.body).slice(0, 200)}`;
    } else if (res.status >= 400 && res.body?.['@type'] !== 'Error') {
      outcome.detail = 'answered without the error shape';
    }
    outcomes.push(outcome);
  }

  /** A list read without any filter shows none of the records the principal may not see. */
  async function listAll(op: Operation, principal: MatrixPrincipal, outcomes: Outcome[]) {
    const kind = op.resource as string;
    const attempt = ROUTE_ATTEMPTS[routeOf(op)] as BodyAttempt | undefined;
    // A read that needs the ids it is about, or a search that needs its words: the attempts by id and by search cover it.
    if (attempt?.query || op.queryParams.includes('q')) return;
    // Path parameters that are not a record (a channel) take the attempt's values.
    const url = Object.entries(attempt?.params ?? {}).reduce((path, [param, value]) => path.replace(`{${param}}`, value), op.path);
    const res = await send('GET', url, principal.auth, op.queryParams.includes('limit') ? { limit: '1000' } : {});
    const foreign = foreignOwners(principal)
      .map((owner) => recordOf(kind, owner, op.path))
      .filter((id): id is string => id !== undefined);
    const listed = res.status === 200 ? idsIn(res.body, KINDS[kind].idField).filter((id) => foreign.includes(id)) : [];
    const detail = listed.length
      ? `listed others' ${kind} ${listed.join(', ')}`
      : [200, 403].includes(res.status)
        ? undefined
        : `unexpected answer ${res.status}`;
    outcomes.push({ route: `${routeOf(op)} (no filter)`, principal: principal.name, owner: principal.name, status: res.status, detail });
  }

  /** Every record the administrator can read, as it reads now. */
  async function snapshots(): Promise<Record<string, unknown>> {
    const seen: Record<string, unknown> = {};
    for (const [kind, owners] of world.records) {
      const read = KINDS[kind].adminGet;
      if (!read) continue;
      for (const [owner, id] of Object.entries(owners)) {
        const res = await t.http.get(read(id)).set('Authorization', ADMIN_AUTH);
        seen[`${kind} of ${owner}`] = { status: res.status, body: res.body, etag: res.headers.etag };
      }
    }
    return seen;
  }

  it('lets each principal reach its own records, so the refusals above are about scope, not about the paths', async () => {
    const own = async (auth: string, path: string) => (await t.http.get(path).set('Authorization', auth)).status;
    for (const principal of world.principals) {
      const customer = world.records.get('customer')?.[principal.name] as string;
      const method = world.records.get('paymentMethod')?.[principal.name] as string;
      expect(await own(principal.auth, `/tmf-api/customerManagement/v4/customer/${customer}`)).toBe(200);
      expect(await own(principal.auth, `/tmf-api/paymentMethod/v4/paymentMethod/${method}`)).toBe(200);
      expect(
        await own(principal.auth, `/tmf-api/accountManagement/v4/billingAccount/${world.records.get('billingAccount')?.[principal.name]}`),
      ).toBe(200);
    }
    const s1 = world.principals.find((p) => p.name === 'S1') as MatrixPrincipal;
    expect(await own(s1.auth, `/api/v1/communications/${world.records.get('communication')?.S1}`)).toBe(200);
  });
});
