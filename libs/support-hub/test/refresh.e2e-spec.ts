import { ManualClock } from '@contactly/platform';
import { ADMIN_AUTH } from '@contactly/platform/testing';
import { newUser } from '@contactly/identity/testing';
import {
  allAggregated,
  BANANA_HEADERS,
  clearFaults,
  createHubTestApp,
  crmWrite,
  HUB,
  type HubTestContext,
  refreshNow,
  type RunBody,
  setFaults,
  sourceOf,
  STRAWBERRY_HEADERS,
} from './support-hub-test-app.js';

const MINUTE = 60_000;

describe('support hub refresh', () => {
  let ctx: HubTestContext;
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');
  const events = async (type: string) =>
    (
      (await ctx.t.db.dataSource.query('SELECT resource_id, payload FROM outbox_event WHERE event_type = ? ORDER BY id', [type])) as {
        resource_id: string;
        payload: string;
      }[]
    ).map((e) => ({
      id: e.resource_id,
      payload: JSON.parse(e.payload) as Record<string, Record<string, unknown>>,
    }));

  beforeAll(async () => {
    ctx = await createHubTestApp({ clock, env: { SUPPORT_HUB_FULL_SYNC_EVERY: '1000' } });
  });
  afterAll(() => ctx.close());

  it('has no data before the first refresh, and says so', async () => {
    const status = await ctx.t.http.get(`${HUB}/status`).set('Authorization', ADMIN_AUTH).expect(200);
    expect(status.body).toMatchObject({
      lastRefreshedAt: null,
      ageSeconds: null,
      stale: true,
      canRefresh: true,
      nextAllowedAt: null,
      inProgress: null,
      nextScheduledAt: null,
      caseCount: 0,
    });
    expect(status.body.sources.map((s: { source: string; configured: boolean }) => [s.source, s.configured])).toEqual([
      ['banana', true],
      ['strawberry', true],
    ]);
    const list = await ctx.t.http.get(`${HUB}/get-all`).set('Authorization', ADMIN_AUTH).expect(200);
    expect(list.body).toEqual([]);
    expect(list.headers['x-total-count']).toBe('0');
  });

  let first: RunBody;
  it('pulls both CRMs in full the first time and consolidates them', async () => {
    first = await refreshNow(ctx.t);
    expect(first).toMatchObject({ status: 'succeeded', caseCount: 120, aggregated: { changed: 0, removed: 0 } });
    for (const source of ['banana', 'strawberry']) {
      expect(sourceOf(first, source)).toMatchObject({
        mode: 'full',
        status: 'succeeded',
        fetched: 60,
        new: 60,
        changed: 0,
        deleted: 0,
        skippedMalformed: 0,
        duplicates: 0,
        error: null,
      });
    }
    const aggregated = await allAggregated(ctx.t);
    expect(aggregated).toHaveLength(first.aggregatedCount);
    expect(first.aggregated.created).toBe(aggregated.length);
    expect(aggregated.reduce((sum, a) => sum + a.caseCount, 0)).toBe(120);
    // Spellings from both vendors meet in one group.
    const vodafone = aggregated.find((a) => a.groupKey === 'provider=vodafone|errorCode=E1101');
    expect(vodafone).toMatchObject({ provider: 'vodafone', errorCode: 'E1101', sources: ['banana', 'strawberry'] });
    for (const a of aggregated) {
      expect(a.status).toBe(a.openCount > 0 ? 'open' : 'closed');
      expect(a.groupKey).toMatch(/^provider=[a-z0-9-]+\|errorCode=E\d{4}$/);
    }
    const created = await events('AggregatedCaseCreateEvent');
    expect(created).toHaveLength(aggregated.length);
    expect(created[0].payload.aggregatedCase).toMatchObject({
      provider: expect.any(String),
      caseCount: expect.any(Number),
      status: expect.stringMatching(/open|closed/),
    });
    const completed = await events('SupportHubRefreshCompleteEvent');
    expect(completed.at(-1)).toMatchObject({ id: String(first.id), payload: { supportHubRefresh: { status: 'succeeded', id: first.id } } });
  });

  it('reports freshness, source health and the next allowed refresh', async () => {
    clock.advance(5 * MINUTE);
    const { body } = await ctx.t.http.get(`${HUB}/status`).set('Authorization', ADMIN_AUTH).expect(200);
    expect(body).toMatchObject({
      ageSeconds: 300,
      stale: false,
      canRefresh: false,
      retryAfterSeconds: 600,
      caseCount: 120,
      aggregatedCaseCount: first.aggregatedCount,
      inProgress: null,
    });
    expect(body.nextAllowedAt).toBe(new Date(Date.parse(body.lastRefreshedAt) + 15 * MINUTE).toISOString());
    expect(body.sources[0]).toMatchObject({
      source: 'banana',
      healthy: true,
      caseCount: 60,
      lastRun: { status: 'succeeded', fetched: 60 },
    });
    expect(body.lastRuns[0]).toMatchObject({ id: first.id, status: 'succeeded' });
  });

  it('refuses a refresh within 15 minutes of the last: 429 with Retry-After, lastRefreshedAt and nextAllowedAt', async () => {
    for (const method of ['get', 'post'] as const) {
      const res = await ctx.t.http[method](`${HUB}/refresh`).set('Authorization', ADMIN_AUTH).expect(429);
      expect(res.headers['retry-after']).toBe('600');
      expect(res.body).toMatchObject({
        '@type': 'Error',
        code: 'REFRESH_TOO_SOON',
        status: '429',
        lastRefreshedAt: expect.any(String),
        nextAllowedAt: expect.any(String),
      });
      expect(Date.parse(res.body.nextAllowedAt) - Date.parse(res.body.lastRefreshedAt)).toBe(15 * MINUTE);
    }
  });

  it('lets a forced refresh through only with support-hub:force-refresh', async () => {
    const engineer = await newUser(ctx.t, { roles: ['support-engineer'] });
    const refused = await ctx.t.http.post(`${HUB}/refresh?force=true`).set('Authorization', engineer.auth).expect(403);
    expect(refused.body.code).toBe('PERMISSION_DENIED');
    const agent = await newUser(ctx.t, { roles: ['agent'] });
    await ctx.t.http.post(`${HUB}/refresh`).set('Authorization', agent.auth).expect(403);
    await ctx.t.http.get(`${HUB}/status`).set('Authorization', agent.auth).expect(200);
    await ctx.t.http.post(`${HUB}/refresh`).set('Authorization', engineer.auth).expect(429);
  });

  it('allows a refresh again once 15 minutes have passed, and runs it incrementally', async () => {
    clock.advance(10 * MINUTE);
    const engineer = await newUser(ctx.t, { roles: ['support-engineer'] });
    const res = await ctx.t.http.post(`${HUB}/refresh?wait=true`).set('Authorization', engineer.auth).expect(200);
    expect(res.body).toMatchObject({
      status: 'succeeded',
      trigger: 'manual',
      requestedBy: engineer.username,
      aggregated: { created: 0, changed: 0, removed: 0 },
    });
    for (const source of res.body.sources)
      expect(source).toMatchObject({ mode: 'incremental', new: 0, changed: 0, since: expect.any(String) });
  });

  it('answers 202 with the run and lets a second trigger join it: two refreshes at once are one run', async () => {
    // A CRM slow enough that the run is surely still going when the second trigger arrives.
    await setFaults(ctx.sims.bananaUrl, { latencyMs: 400 });
    const [a, b] = await Promise.all([
      ctx.t.http.post(`${HUB}/refresh?force=true`).set('Authorization', ADMIN_AUTH),
      ctx.t.http.get(`${HUB}/refresh?force=true`).set('Authorization', ADMIN_AUTH),
    ]).finally(() => clearFaults(ctx.sims.bananaUrl));
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(a.body.id).toBe(b.body.id);
    expect([a.body.joined, b.body.joined].sort()).toEqual([false, true]);
    expect(a.body).toMatchObject({
      status: 'running',
      startedAt: expect.any(String),
      href: expect.stringContaining(`/refresh-runs/${a.body.id}`),
    });
    expect(a.headers.location).toBe(a.body.href);
    let run = a.body as { status: string };
    for (let i = 0; i < 100 && run.status === 'running'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      run = (await ctx.t.http.get(`${HUB}/refresh-runs/${a.body.id}`).set('Authorization', ADMIN_AUTH).expect(200)).body;
    }
    expect(run.status).toBe('succeeded');
    const runs = await ctx.t.http.get(`${HUB}/refresh-runs?limit=100`).set('Authorization', ADMIN_AUTH).expect(200);
    expect(runs.body.filter((r: { id: number }) => r.id === a.body.id)).toHaveLength(1);
    expect(Number(runs.headers['x-total-count'])).toBe(3);
  });

  it('picks up new and changed cases incrementally, with events for the aggregated cases they touch', async () => {
    const created = await crmWrite('POST', `${ctx.sims.bananaUrl}/api/cases`, BANANA_HEADERS, {
      vendor: { name: 'Brand New Telco' },
      err_code: 'ERR-7777',
      state: 'OPEN',
      title: 'Brand new problem',
      customer_ref: 'New.Customer@Example.com',
    });
    const before = await allAggregated(ctx.t);
    const orange = before.find((a) => a.groupKey === 'provider=orange|errorCode=E1102')!;
    const members = (
      await ctx.t.http.get(`${HUB}/cases?aggregatedCaseId=${orange.id}&limit=1000`).set('Authorization', ADMIN_AUTH).expect(200)
    ).body as { source: string; externalId: string; status: string }[];
    // Close every open member of one aggregated case, in both CRMs.
    for (const member of members.filter((m) => m.status === 'open')) {
      if (member.source === 'banana')
        await crmWrite('PATCH', `${ctx.sims.bananaUrl}/api/cases/${member.externalId}`, BANANA_HEADERS, { state: 'CLOSED' });
      else await crmWrite('PATCH', `${ctx.sims.strawberryUrl}/v2/tickets/${member.externalId}`, STRAWBERRY_HEADERS, { status: 'resolved' });
    }
    const openMembers = members.filter((m) => m.status === 'open').length;
    const run = await refreshNow(ctx.t);
    const touched = members.filter((m) => m.status === 'open');
    expect(sourceOf(run, 'banana')).toMatchObject({
      mode: 'incremental',
      new: 1,
      changed: touched.filter((m) => m.source === 'banana').length,
    });
    expect(sourceOf(run, 'strawberry')).toMatchObject({
      mode: 'incremental',
      new: 0,
      changed: touched.filter((m) => m.source === 'strawberry').length,
    });
    expect(openMembers).toBeGreaterThan(0);
    expect(run.aggregated).toMatchObject({ created: 1, closed: 1 });

    const after = await allAggregated(ctx.t);
    expect(after.find((a) => a.id === orange.id)).toMatchObject({ status: 'closed', openCount: 0, caseCount: orange.caseCount });
    const fresh = after.find((a) => a.provider === 'brand-new-telco');
    expect(fresh).toMatchObject({ errorCode: 'E7777', caseCount: 1, status: 'open', sources: ['banana'] });
    const closedEvents = await events('AggregatedCaseStateChangeEvent');
    expect(closedEvents.at(-1)).toMatchObject({ id: String(orange.id), payload: { aggregatedCase: { status: 'closed', openCount: 0 } } });
    expect((await events('AggregatedCaseCreateEvent')).at(-1)).toMatchObject({ id: String(fresh!.id) });

    // The customer 360 page finds it by the customer's email, in any case.
    const cases = await ctx.t.http.get(`${HUB}/cases?customerRef=NEW.customer@example.com`).set('Authorization', ADMIN_AUTH).expect(200);
    expect(cases.body).toHaveLength(1);
    expect(cases.body[0]).toMatchObject({
      externalId: created.case_id,
      customerRef: 'new.customer@example.com',
      aggregatedCaseId: fresh!.id,
    });
  });

  it('changes an aggregated case’s attributes when a member changes, with an attribute-change event', async () => {
    const aggregated = await allAggregated(ctx.t);
    const target = aggregated.find((a) => a.groupKey === 'provider=vodafone|errorCode=E1101')!;
    const member = (
      (
        await ctx.t.http
          .get(`${HUB}/cases?aggregatedCaseId=${target.id}&source=banana&limit=1`)
          .set('Authorization', ADMIN_AUTH)
          .expect(200)
      ).body as { externalId: string }[]
    )[0];
    await crmWrite('PATCH', `${ctx.sims.bananaUrl}/api/cases/${member.externalId}`, BANANA_HEADERS, { title: 'Renamed by the CRM' });
    const run = await refreshNow(ctx.t);
    expect(sourceOf(run, 'banana')).toMatchObject({ changed: 1 });
    expect(run.aggregated.changed).toBeGreaterThanOrEqual(1);
    const changed = await events('AggregatedCaseAttributeValueChangeEvent');
    expect(changed.at(-1)).toMatchObject({ id: String(target.id), payload: { aggregatedCase: { title: 'Renamed by the CRM' } } });
  });

  it('notices cases deleted at the source on a full sync, not on an incremental one', async () => {
    const victim = (
      (await ctx.t.http.get(`${HUB}/cases?source=strawberry&limit=1`).set('Authorization', ADMIN_AUTH).expect(200)).body as {
        externalId: string;
      }[]
    )[0];
    await crmWrite('DELETE', `${ctx.sims.strawberryUrl}/v2/tickets/${victim.externalId}`, STRAWBERRY_HEADERS);
    const incremental = await refreshNow(ctx.t);
    expect(sourceOf(incremental, 'strawberry')).toMatchObject({ mode: 'incremental', deleted: 0 });
    const full = await refreshNow(ctx.t, { full: 'true' });
    expect(sourceOf(full, 'strawberry')).toMatchObject({ mode: 'full', deleted: 1, fetched: 59 });
    expect(sourceOf(full, 'banana')).toMatchObject({ mode: 'full', deleted: 0, unchanged: 61 });
    const gone = await ctx.t.http.get(`${HUB}/cases?source=strawberry&limit=1000`).set('Authorization', ADMIN_AUTH).expect(200);
    expect(gone.body.map((c: { externalId: string }) => c.externalId)).not.toContain(victim.externalId);
  });

  it('shows a run by id and 404s an unknown one', async () => {
    const run = await ctx.t.http.get(`${HUB}/refresh-runs/${first.id}`).set('Authorization', ADMIN_AUTH).expect(200);
    expect(run.body).toMatchObject({ id: first.id, status: 'succeeded', sources: [{ source: 'banana' }, { source: 'strawberry' }] });
    for (const id of ['999999', 'abc']) {
      const res = await ctx.t.http.get(`${HUB}/refresh-runs/${id}`).set('Authorization', ADMIN_AUTH).expect(404);
      expect(res.body.code).toBe('REFRESH_RUN_NOT_FOUND');
    }
  });

  it('keeps entities and migrations in agreement', async () => {
    const sql = await ctx.t.db.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });
});
