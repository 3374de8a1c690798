import { ADMIN_AUTH } from '@contactly/platform/testing';
import { newUser } from '@contactly/identity/testing';
import { allAggregated, createHubTestApp, HUB, type HubTestContext, refreshNow } from './support-hub-test-app.js';

interface Member {
  id: number;
  source: string;
  externalId: string;
  status: string;
  title: string;
  customerRef: string | null;
  aggregatedCaseId: number;
  why: { summary: string };
}

describe('the members of an aggregated case, a page at a time, and renaming it', () => {
  let ctx: HubTestContext;
  let engineer: { auth: string; username: string };
  let agent: { auth: string };
  let biggest: Awaited<ReturnType<typeof allAggregated>>[number];
  const get = (path: string, auth = ADMIN_AUTH) => ctx.t.http.get(`${HUB}${path}`).set('Authorization', auth);
  const patch = (id: number, body: unknown, headers: Record<string, string> = {}) => {
    const req = ctx.t.http.patch(`${HUB}/aggregated-cases/${id}`).set('Authorization', engineer.auth);
    for (const [name, value] of Object.entries(headers)) req.set(name, value);
    return req.send(body as object);
  };
  const membersPath = (id: number, query = '') => `/aggregated-cases/${id}/cases${query ? `?${query}` : ''}`;

  beforeAll(async () => {
    ctx = await createHubTestApp({ bananaCases: 150, strawberryCases: 150 });
    await refreshNow(ctx.t);
    engineer = await newUser(ctx.t, { roles: ['support-engineer'] });
    agent = await newUser(ctx.t, { roles: ['agent'] });
    biggest = (await allAggregated(ctx.t)).sort((a, b) => b.caseCount - a.caseCount)[0];
  });
  afterAll(() => ctx.close());

  describe('GET /aggregated-cases/{id}/cases', () => {
    it('pages through every member, newest update first, with X-Total-Count, and no member twice', async () => {
      expect(biggest.caseCount).toBeGreaterThan(10);
      const seen: Member[] = [];
      for (let offset = 0; offset < biggest.caseCount; offset += 7) {
        const res = await get(membersPath(biggest.id, `offset=${offset}&limit=7`), agent.auth).expect(200);
        expect(res.headers['x-total-count']).toBe(String(biggest.caseCount));
        seen.push(...(res.body as Member[]));
      }
      expect(seen).toHaveLength(biggest.caseCount);
      expect(new Set(seen.map((m) => m.id)).size).toBe(biggest.caseCount);
      expect(seen.every((m) => m.aggregatedCaseId === biggest.id && m.why.summary)).toBe(true);
      const updated = seen.map((m) => (m as unknown as { updatedAt: string }).updatedAt);
      expect([...updated].sort().reverse()).toEqual(updated);
    });

    it('filters by status and source, and searches title, CRM id and customer email', async () => {
      const all = (await get(membersPath(biggest.id, 'limit=1000')).expect(200)).body as Member[];
      const open = await get(membersPath(biggest.id, 'status=open&limit=1000')).expect(200);
      expect(open.body).toHaveLength(all.filter((m) => m.status === 'open').length);
      expect(open.headers['x-total-count']).toBe(String(open.body.length));
      const banana = await get(membersPath(biggest.id, 'source=banana&status=closed&limit=1000')).expect(200);
      expect(banana.body).toHaveLength(all.filter((m) => m.source === 'banana' && m.status === 'closed').length);

      const sample = all[all.length - 1];
      const byId = (await get(membersPath(biggest.id, `q=${encodeURIComponent(sample.externalId.toLowerCase())}`)).expect(200))
        .body as Member[];
      expect(byId.map((m) => m.id)).toContain(sample.id);
      const word = sample.title.split(' ')[0].toUpperCase();
      const byTitle = (await get(membersPath(biggest.id, `q=${encodeURIComponent(word)}&limit=1000`)).expect(200)).body as Member[];
      expect(byTitle.length).toBeGreaterThan(0);
      expect(
        byTitle.every(
          (m) =>
            m.title.toLowerCase().includes(word.toLowerCase()) ||
            m.externalId.toLowerCase().includes(word.toLowerCase()) ||
            m.customerRef?.includes(word.toLowerCase()),
        ),
      ).toBe(true);
      const withEmail = all.find((m) => m.customerRef);
      if (withEmail) {
        const byEmail = (await get(membersPath(biggest.id, `q=${encodeURIComponent(withEmail.customerRef!)}&limit=1000`)).expect(200))
          .body as Member[];
        expect(byEmail.map((m) => m.id)).toContain(withEmail.id);
      }
      const none = await get(membersPath(biggest.id, 'q=%25_no-such-text_%25')).expect(200);
      expect(none.body).toEqual([]);
      expect(none.headers['x-total-count']).toBe('0');
    });

    it('answers 404 for an aggregated case that does not exist, 400 for bad paging or filters', async () => {
      expect((await get(membersPath(999999)).expect(404)).body.code).toBe('AGGREGATED_CASE_NOT_FOUND');
      await get(membersPath(0)).expect(404);
      await get('/aggregated-cases/abc/cases').expect(404);
      for (const bad of ['status=pending', 'source=crm', 'limit=abc', 'offset=-1', 'sort=description', 'aggregatedCaseId=3']) {
        const res = await get(membersPath(biggest.id, bad)).expect(400);
        expect(res.body['@type']).toBe('Error');
      }
    });

    it('is for staff only: a subscriber given the permission is refused', async () => {
      await ctx.t.http
        .post('/api/v1/roles')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 'hub-members-reader', permissions: ['support-hub:read', 'support-hub:merge'] })
        .expect(201);
      const subscriber = await newUser(ctx.t, { roles: ['hub-members-reader'], kind: 'customer' });
      await get(membersPath(biggest.id), subscriber.auth).expect(403);
      await ctx.t.http
        .patch(`${HUB}/aggregated-cases/${biggest.id}`)
        .set('Authorization', subscriber.auth)
        .send({ name: 'Mine' })
        .expect(403);
    });
  });

  describe('PATCH /aggregated-cases/{id}', () => {
    it('renames with the ETag, audits and records an event; the name survives refreshes', async () => {
      const before = await get(`/aggregated-cases/${biggest.id}`).expect(200);
      expect(before.body.name).toBeNull();
      const res = await patch(biggest.id, { name: '  eSIM activation outage  ' }, { 'If-Match': before.headers.etag }).expect(200);
      expect(res.body).toMatchObject({ id: biggest.id, name: 'eSIM activation outage', provider: biggest.provider });
      expect(res.headers.etag).not.toBe(before.headers.etag);

      const trail = (
        await ctx.t.http
          .get(`/api/v1/audit?resourceType=aggregatedCase&resourceId=${biggest.id}`)
          .set('Authorization', ADMIN_AUTH)
          .expect(200)
      ).body as { action: string; actor: { username: string } }[];
      expect(trail[0]).toMatchObject({ action: 'update', actor: { username: engineer.username } });
      const events = (await ctx.t.db.dataSource.query(
        "SELECT resource_id FROM outbox_event WHERE event_type = 'AggregatedCaseAttributeValueChangeEvent' AND resource_id = ?",
        [String(biggest.id)],
      )) as unknown[];
      expect(events.length).toBeGreaterThan(0);

      await refreshNow(ctx.t, { full: 'true' });
      const after = await get(`/aggregated-cases/${biggest.id}`).expect(200);
      expect(after.body.name).toBe('eSIM activation outage');
      expect((await get('/get-all?limit=1000').expect(200)).body.find((a: { id: number }) => a.id === biggest.id).name).toBe(
        'eSIM activation outage',
      );
    });

    it('refuses a stale If-Match (412) and bad names (400), changing nothing', async () => {
      const current = await get(`/aggregated-cases/${biggest.id}`).expect(200);
      const version = Number(String(current.headers.etag).replace(/\D/g, ''));
      const stale = await patch(biggest.id, { name: 'Stale' }, { 'If-Match': `"${version - 1}"` }).expect(412);
      expect(stale.body.code).toBe('PRECONDITION_FAILED');
      for (const bad of [{ name: '' }, { name: '   ' }, { name: 'x'.repeat(201) }, { name: 42 }, { name: 'a\u0007b' }, { title: 'x' }]) {
        const res = await patch(biggest.id, bad).expect(400);
        expect(res.body.details.length).toBeGreaterThan(0);
      }
      expect((await patch(999999, { name: 'Nobody' }).expect(404)).body.code).toBe('AGGREGATED_CASE_NOT_FOUND');
      await ctx.t.http.patch(`${HUB}/aggregated-cases/${biggest.id}`).set('Authorization', agent.auth).send({ name: 'x' }).expect(403);
      const unchanged = await get(`/aggregated-cases/${biggest.id}`).expect(200);
      expect(unchanged.body.name).toBe('eSIM activation outage');
      expect(unchanged.headers.etag).toBe(current.headers.etag);
    });

    it('renames a split case, and null gives back provider · error code', async () => {
      const members = (await get(membersPath(biggest.id, 'limit=2')).expect(200)).body as Member[];
      const split = await ctx.t.http
        .post(`${HUB}/aggregated-cases/${biggest.id}/split`)
        .set('Authorization', engineer.auth)
        .send({ caseIds: [members[0].id], reason: 'Only eSIMs' })
        .expect(201);
      expect(split.body.name).toBeNull();
      const named = await patch(split.body.id, { name: 'eSIM only' }, { 'If-Match': split.headers.etag }).expect(200);
      expect(named.body).toMatchObject({ name: 'eSIM only', groupKey: expect.stringMatching(/^split:/) });
      const cleared = await patch(split.body.id, { name: null }, { 'If-Match': named.headers.etag }).expect(200);
      expect(cleared.body.name).toBeNull();
    });

    it('of two renames with the same ETag, exactly one wins; without If-Match both apply in turn', async () => {
      const current = await get(`/aggregated-cases/${biggest.id}`).expect(200);
      const results = await Promise.all(
        ['Race A', 'Race B', 'Race C'].map((name) => patch(biggest.id, { name }, { 'If-Match': current.headers.etag })),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 412, 412]);
      const winner = results.find((r) => r.status === 200)!;
      expect((await get(`/aggregated-cases/${biggest.id}`).expect(200)).body.name).toBe(winner.body.name);

      const free = await Promise.all(['Free 1', 'Free 2'].map((name) => patch(biggest.id, { name })));
      expect(free.map((r) => r.status)).toEqual([200, 200]);
      const final = (await get(`/aggregated-cases/${biggest.id}`).expect(200)).body;
      expect(['Free 1', 'Free 2']).toContain(final.name);
      expect(final.version).toBe(Number(String(current.headers.etag).replace(/\D/g, '')) + 3);
    });
  });
});
