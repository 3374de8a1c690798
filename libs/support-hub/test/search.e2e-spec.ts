import { ADMIN_AUTH } from '@contactly/platform/testing';
import { newUser } from '@contactly/identity/testing';
import { allAggregated, createHubTestApp, HUB, type HubTestContext, refreshNow } from './support-hub-test-app.js';

interface Aggregated {
  id: number;
  provider: string;
  errorCode: string;
  status: string;
  caseCount: number;
  lastSeen: string;
  title: string;
}

describe('reading the support hub: get-all, search, aggregated cases, member cases', () => {
  let ctx: HubTestContext;
  let all: Aggregated[];
  const get = (path: string, auth = ADMIN_AUTH) => ctx.t.http.get(`${HUB}${path}`).set('Authorization', auth);

  beforeAll(async () => {
    ctx = await createHubTestApp({ bananaCases: 150, strawberryCases: 150 });
    await refreshNow(ctx.t);
    all = (await allAggregated(ctx.t)) as unknown as Aggregated[];
  });
  afterAll(() => ctx.close());

  describe('GET /get-all', () => {
    it('follows the list conventions: paging, X-Total-Count, newest first by default', async () => {
      const res = await get('/get-all?limit=5').expect(200);
      expect(res.headers['x-total-count']).toBe(String(all.length));
      expect(res.headers['x-result-count']).toBe('5');
      const lastSeen = res.body.map((a: Aggregated) => a.lastSeen);
      expect(lastSeen).toEqual([...lastSeen].sort().reverse());
      const next = await get('/get-all?limit=5&offset=5').expect(200);
      expect(next.body.map((a: Aggregated) => a.id)).toEqual(all.slice(5, 10).map((a) => a.id));
    });

    it('filters, sorts and selects fields', async () => {
      const open = await get('/get-all?status=open&limit=1000').expect(200);
      expect(open.body.length).toBe(all.filter((a) => a.status === 'open').length);
      expect(open.body.every((a: Aggregated) => a.status === 'open')).toBe(true);
      const vodafone = await get('/get-all?provider=vodafone&sort=-caseCount&limit=1000').expect(200);
      expect(vodafone.body.length).toBeGreaterThan(1);
      const counts = vodafone.body.map((a: Aggregated) => a.caseCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      const big = await get('/get-all?caseCount.gte=10&limit=1000').expect(200);
      expect(big.body.every((a: Aggregated) => a.caseCount >= 10)).toBe(true);
      const slim = await get('/get-all?fields=provider,caseCount&limit=1').expect(200);
      expect(Object.keys(slim.body[0]).sort()).toEqual(['caseCount', 'href', 'id', 'provider']);
    });

    it.each([['status=pending'], ['status=OPEN'], ['sort=nonsense'], ['limit=-1'], ['bogus=1'], ['lastSeen.gte=yesterday']])(
      'refuses %s with 400',
      async (query) => {
        const res = await get(`/get-all?${query}`).expect(400);
        expect(res.body).toMatchObject({ '@type': 'Error', code: 'INVALID_LIST_QUERY' });
      },
    );

    it('needs support-hub:read', async () => {
      const marketer = await newUser(ctx.t, { roles: ['marketer'] });
      await get('/get-all', marketer.auth).expect(403);
      await ctx.t.http.get(`${HUB}/get-all`).expect(401);
    });
  });

  describe('GET /search', () => {
    it('returns every aggregated case when no parameter is given', async () => {
      const res = await get('/search?limit=1000').expect(200);
      expect(res.headers['x-total-count']).toBe(String(all.length));
    });

    it('filters by provider in any spelling the rules know', async () => {
      const expected = all.filter((a) => a.provider === 'vodafone').length;
      for (const provider of ['vodafone', 'VODAFONE UK', 'vodafone-uk', 'Vodafone']) {
        const res = await get(`/search?provider=${encodeURIComponent(provider)}&limit=1000`).expect(200);
        expect(res.body).toHaveLength(expected);
        expect(res.body.every((a: Aggregated) => a.provider === 'vodafone')).toBe(true);
      }
      const russian = await get(`/search?provider=${encodeURIComponent('МТС')}&limit=1000`).expect(200);
      expect(russian.body.length).toBeGreaterThan(0);
      expect(russian.body.every((a: Aggregated) => a.provider === 'mts')).toBe(true);
    });

    it('filters by error code in any style, and by status, together', async () => {
      const expected = all.filter((a) => a.errorCode === 'E1101' && a.status === 'open');
      for (const code of ['E1101', 'e-1101', 'ERR1101', '1101']) {
        const res = await get(`/search?errorCode=${code}&status=open&limit=1000`).expect(200);
        expect(res.body.map((a: Aggregated) => a.id).sort()).toEqual(expected.map((a) => a.id).sort());
      }
      const both = await get('/search?provider=Vodafone%20UK&errorCode=E-1101').expect(200);
      expect(both.body).toHaveLength(1);
      expect(both.body[0]).toMatchObject({ provider: 'vodafone', errorCode: 'E1101' });
      const none = await get('/search?provider=nobody').expect(200);
      expect(none.body).toEqual([]);
      expect(none.headers['x-total-count']).toBe('0');
    });

    it('refuses an invalid status with 400 naming it', async () => {
      for (const status of ['pending', 'Open', '']) {
        const res = await get(`/search?status=${status}`).expect(400);
        expect(res.body.details).toEqual([{ field: 'status', message: 'must be one of open, closed' }]);
      }
    });

    it('searches text with q: titles and the spellings the CRMs used, ignoring case and accents', async () => {
      const roaming = await get('/search?q=ROAMING&limit=1000').expect(200);
      expect(roaming.body.length).toBeGreaterThan(0);
      expect(roaming.body.every((a: Aggregated) => ['E2301', 'E2302'].includes(a.errorCode))).toBe(true);
      const spelling = await get(`/search?q=${encodeURIComponent('Telefónica ES')}&limit=1000`).expect(200);
      expect(spelling.body.length).toBeGreaterThan(0);
      expect(spelling.body.every((a: Aggregated) => a.provider === 'telefonica')).toBe(true);
      const literal = await get('/search?q=%25_%25').expect(200);
      expect(literal.body).toEqual([]);
    });
  });

  describe('GET /aggregated-cases/{id}', () => {
    it('shows the members and why each is there, with an ETag', async () => {
      const target = all.find((a) => a.provider === 'vodafone' && a.errorCode === 'E1101')!;
      const res = await get(`/aggregated-cases/${target.id}`).expect(200);
      expect(res.headers.etag).toBe(`"${res.body.version}"`);
      expect(res.body).toMatchObject({
        id: target.id,
        caseCount: target.caseCount,
        memberLimit: 100,
        merges: [],
        splitFrom: null,
        membersHref: expect.stringContaining(`cases?aggregatedCaseId=${target.id}`),
      });
      expect(res.body.members).toHaveLength(Math.min(100, target.caseCount));
      for (const member of res.body.members) {
        expect(member.why).toMatchObject({
          groupKey: 'provider=vodafone|errorCode=E1101',
          ruleKey: 'provider=vodafone|errorCode=E1101',
          keyFields: ['provider', 'errorCode'],
          overrides: [],
        });
        expect(member.why.summary).toContain('Key provider=vodafone|errorCode=E1101');
      }
      const spelled = res.body.members.find((m: { providerRaw: string }) => m.providerRaw === 'VODAFONE UK');
      expect(spelled.why.steps).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            field: 'provider',
            action: 'alias',
            from: 'vodafone-uk',
            to: 'vodafone',
            ruleText: 'alias "Vodafone UK" → vodafone',
          }),
        ]),
      );
    });

    it.each(['999999', '0', 'abc', '-1', '1.5'])('404s the unknown id %p', async (id) => {
      const res = await get(`/aggregated-cases/${id}`).expect(404);
      expect(res.body.code).toBe('AGGREGATED_CASE_NOT_FOUND');
    });
  });

  describe('GET /cases', () => {
    it('lists a customer’s cases by email, whatever its case, newest first', async () => {
      const [first] = (await get('/cases?limit=1').expect(200)).body;
      const email: string = first.customerRef;
      const res = await get(`/cases?customerRef=${encodeURIComponent(email.toUpperCase())}&limit=1000`).expect(200);
      expect(res.body.length).toBeGreaterThan(0);
      expect(res.body.every((c: { customerRef: string }) => c.customerRef === email)).toBe(true);
      const updated = res.body.map((c: { updatedAt: string }) => c.updatedAt);
      expect(updated).toEqual([...updated].sort().reverse());
      expect(res.body[0]).toMatchObject({
        aggregatedCaseHref: expect.stringContaining('/aggregated-cases/'),
        why: { groupKey: expect.any(String) },
      });
    });

    it('lists the members of an aggregated case and filters by indexed attributes', async () => {
      const target = all[0];
      const res = await get(`/cases?aggregatedCaseId=${target.id}&limit=1000`).expect(200);
      expect(res.body).toHaveLength(target.caseCount);
      const closedBanana = await get('/cases?source=banana&status=closed&limit=1000').expect(200);
      expect(closedBanana.body.every((c: { source: string; status: string }) => c.source === 'banana' && c.status === 'closed')).toBe(true);
      await get('/cases?source=crm').expect(400);
      await get('/cases?title=x').expect(400);
    });

    it('shows cases (they name customers) to staff only', async () => {
      const role = await ctx.t.http
        .post('/api/v1/roles')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: 'hub-reader', permissions: ['support-hub:read'] })
        .expect(201);
      expect(role.body.name).toBe('hub-reader');
      const subscriber = await newUser(ctx.t, { roles: ['hub-reader'], kind: 'customer' });
      // The support hub is staff's: a subscriber given its permission is still refused.
      const res = await get('/cases?limit=1000', subscriber.auth).expect(403);
      expect(res.body.code).toBe('PERMISSION_DENIED');
      const staff = await newUser(ctx.t, { roles: ['hub-reader'] });
      expect((await get('/cases?limit=1', staff.auth).expect(200)).body).toHaveLength(1);
    });
  });
});
