import { ADMIN_AUTH } from '@contactly/platform/testing';
import {
  allAggregated,
  clearFaults,
  createHubTestApp,
  HUB,
  type HubTestContext,
  refreshNow,
  type RunBody,
  setFaults,
  sourceOf,
} from './support-hub-test-app.js';

/**
 * Fault draws come from the simulators' seeded PRNG, so each scenario fails the same requests on every run.
 * Every fault the simulators inject: whatever happens, nothing stored is lost and the run's report
 * says what happened.
 */
describe('support hub refresh under CRM faults', () => {
  let ctx: HubTestContext;
  let baseline: { caseCount: number; bySource: Record<string, number>; groups: string[] };

  const casesBySource = async () => {
    const { body } = await ctx.t.http.get(`${HUB}/status`).set('Authorization', ADMIN_AUTH).expect(200);
    return Object.fromEntries(body.sources.map((s: { source: string; caseCount: number }) => [s.source, s.caseCount])) as Record<
      string,
      number
    >;
  };
  const expectNothingLost = async () => {
    expect(await casesBySource()).toEqual(baseline.bySource);
    const groups = await allAggregated(ctx.t);
    expect(groups.reduce((sum, g) => sum + g.caseCount, 0)).toBe(baseline.caseCount);
  };
  const fullRefresh = () => refreshNow(ctx.t, { full: 'true' });

  beforeAll(async () => {
    // Small pages, so every pull makes several requests for the faults to hit.
    ctx = await createHubTestApp({ env: { SUPPORT_HUB_PAGE_SIZE: '20' } });
    const first = await refreshNow(ctx.t);
    expect(first.status).toBe('succeeded');
    baseline = {
      caseCount: first.caseCount,
      bySource: await casesBySource(),
      groups: (await allAggregated(ctx.t)).map((g) => g.groupKey).sort(),
    };
  });
  afterEach(async () => {
    await clearFaults(ctx.sims.bananaUrl);
    await clearFaults(ctx.sims.strawberryUrl);
  });
  afterAll(() => ctx.close());

  it('a CRM that is down: the run is partial, its cases are kept, it is marked unhealthy until it recovers', async () => {
    await setFaults(ctx.sims.bananaUrl, { down: true });
    const run = await fullRefresh();
    expect(run.status).toBe('partial');
    expect(sourceOf(run, 'banana')).toMatchObject({
      status: 'failed',
      serverErrors: 6,
      retries: 5,
      deleted: 0,
      error: expect.stringMatching(/Banana answered 503.*gave up after 6 attempts/),
    });
    expect(sourceOf(run, 'strawberry')).toMatchObject({ status: 'succeeded', fetched: 60 });
    await expectNothingLost();
    const status = (await ctx.t.http.get(`${HUB}/status`).set('Authorization', ADMIN_AUTH).expect(200)).body;
    expect(status.sources[0]).toMatchObject({
      source: 'banana',
      healthy: false,
      consecutiveFailures: 1,
      lastError: expect.stringContaining('503'),
      caseCount: 60,
    });
    expect(status.sources[1]).toMatchObject({ source: 'strawberry', healthy: true });

    await clearFaults(ctx.sims.bananaUrl);
    const recovered = await refreshNow(ctx.t);
    expect(recovered.status).toBe('succeeded');
    const after = (await ctx.t.http.get(`${HUB}/status`).set('Authorization', ADMIN_AUTH).expect(200)).body;
    expect(after.sources[0]).toMatchObject({ healthy: true, consecutiveFailures: 0, lastError: null });
  });

  it('every CRM down: the run failed, the data and its freshness stay as they were', async () => {
    const before = (await ctx.t.http.get(`${HUB}/status`).set('Authorization', ADMIN_AUTH).expect(200)).body.lastRefreshedAt;
    await setFaults(ctx.sims.bananaUrl, { down: true });
    await setFaults(ctx.sims.strawberryUrl, { down: true });
    const run = await fullRefresh();
    expect(run).toMatchObject({ status: 'failed', error: expect.stringContaining('Every source failed') });
    expect(run.sources.map((s) => s.status)).toEqual(['failed', 'failed']);
    await expectNothingLost();
    expect((await ctx.t.http.get(`${HUB}/status`).set('Authorization', ADMIN_AUTH).expect(200)).body.lastRefreshedAt).toBe(before);
  });

  it('a slow CRM: slower, complete', async () => {
    await setFaults(ctx.sims.strawberryUrl, { latencyMs: 150 });
    const started = Date.now();
    const run = await fullRefresh();
    expect(Date.now() - started).toBeGreaterThanOrEqual(150 * 3);
    expect(sourceOf(run, 'strawberry')).toMatchObject({ status: 'succeeded', fetched: 60, timeouts: 0, unchanged: 60 });
    await expectNothingLost();
  });

  it('a CRM that holds requests past the timeout: aborted, retried, complete', async () => {
    await setFaults(ctx.sims.bananaUrl, { timeoutRate: 0.4, timeoutMs: 5000 });
    const run = await fullRefresh();
    const banana = sourceOf(run, 'banana');
    expect(banana).toMatchObject({ status: 'succeeded', fetched: 60, unchanged: 60 });
    expect(banana.timeouts).toBeGreaterThan(0);
    expect(banana.retries).toBe(banana.timeouts);
    await expectNothingLost();
  });

  it('a failing CRM (500/502/503): retried with backoff, complete', async () => {
    await setFaults(ctx.sims.bananaUrl, { errorRate: 0.5 });
    const run = await fullRefresh();
    const banana = sourceOf(run, 'banana');
    expect(banana).toMatchObject({ status: 'succeeded', fetched: 60 });
    expect(banana.serverErrors).toBeGreaterThan(0);
    expect(banana.retries).toBe(banana.serverErrors);
    await expectNothingLost();
  });

  it('a rate-limiting CRM: waits as its Retry-After says, complete', async () => {
    await setFaults(ctx.sims.bananaUrl, { rateLimit: { every: 2, retryAfterSeconds: 1 } });
    const started = Date.now();
    const run = await fullRefresh();
    const banana = sourceOf(run, 'banana');
    expect(banana).toMatchObject({ status: 'succeeded', fetched: 60 });
    expect(banana.rateLimited).toBeGreaterThan(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(banana.rateLimited * 1000);
    await expectNothingLost();
  });

  it('broken JSON (truncated or malformed bodies): retried and counted, complete', async () => {
    await setFaults(ctx.sims.bananaUrl, { truncateRate: 0.3 });
    await setFaults(ctx.sims.strawberryUrl, { malformedRate: 0.7 });
    const run = await fullRefresh();
    for (const source of ['banana', 'strawberry']) {
      expect(sourceOf(run, source)).toMatchObject({ status: 'succeeded', fetched: 60, deleted: 0 });
      expect(sourceOf(run, source).malformedResponses).toBeGreaterThan(0);
    }
    await expectNothingLost();
  });

  it('broken JSON on every answer: the source fails, its cases stay', async () => {
    await setFaults(ctx.sims.strawberryUrl, { malformedRate: 1 });
    const run = await fullRefresh();
    expect(sourceOf(run, 'strawberry')).toMatchObject({
      status: 'failed',
      malformedResponses: 6,
      error: expect.stringContaining('not valid JSON'),
    });
    await expectNothingLost();
  });

  it('records without provider or error code: kept under an explainable unclassified key', async () => {
    await setFaults(ctx.sims.bananaUrl, { missingFieldsRate: 0.3 });
    const run = await fullRefresh();
    const banana = sourceOf(run, 'banana');
    expect(banana).toMatchObject({ status: 'succeeded', fetched: 60, skippedMalformed: 0, deleted: 0 });
    expect(banana.unclassified).toBeGreaterThan(0);
    expect(banana.changed).toBe(banana.unclassified);
    await expectNothingLost();
    const unclassified = (await allAggregated(ctx.t)).filter((g) => g.provider === 'unclassified' || g.errorCode === 'unclassified');
    expect(unclassified.length).toBeGreaterThan(0);
    expect(unclassified.reduce((sum, g) => sum + g.caseCount, 0)).toBe(banana.unclassified);
    const found = await ctx.t.http.get(`${HUB}/search?provider=unclassified`).set('Authorization', ADMIN_AUTH).expect(200);
    const detail = (
      await ctx.t.http
        .get(`${HUB}/aggregated-cases/${(found.body[0] ?? unclassified[0]).id}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200)
    ).body;
    expect(detail.members[0].why.steps.some((s: { action: string }) => s.action === 'missing')).toBe(true);
    expect(detail.members[0].why.summary).toContain('none sent');

    // Once the CRM sends them whole again, they go back to their groups.
    await clearFaults(ctx.sims.bananaUrl);
    await fullRefresh();
    expect((await allAggregated(ctx.t)).map((g) => g.groupKey).sort()).toEqual(baseline.groups);
  });

  it('the same case on two pages: kept once, counted', async () => {
    await setFaults(ctx.sims.strawberryUrl, { duplicateAcrossPages: true });
    await setFaults(ctx.sims.bananaUrl, { duplicateAcrossPages: true });
    const run: RunBody = await fullRefresh();
    const strawberry = sourceOf(run, 'strawberry');
    expect(strawberry).toMatchObject({ status: 'succeeded', fetched: 60, unchanged: 60, new: 0 });
    expect(strawberry.duplicates).toBeGreaterThan(0);
    expect(sourceOf(run, 'banana')).toMatchObject({ status: 'succeeded', fetched: 60, unchanged: 60, new: 0 });
    await expectNothingLost();
  });

  it('all at once on both CRMs: complete, nothing lost, every fault in the report', async () => {
    const faults = {
      latencyMs: 20,
      errorRate: 0.2,
      rateLimit: { every: 5, retryAfterSeconds: 0 },
      truncateRate: 0.1,
      malformedRate: 0.1,
      duplicateAcrossPages: true,
    };
    await setFaults(ctx.sims.bananaUrl, faults);
    await setFaults(ctx.sims.strawberryUrl, faults);
    const run = await fullRefresh();
    expect(run.status).toBe('succeeded');
    for (const source of run.sources) {
      expect(source).toMatchObject({ fetched: 60, unchanged: 60, deleted: 0 });
      expect(source.retries).toBe(source.serverErrors + source.rateLimited + source.malformedResponses + source.timeouts);
    }
    await expectNothingLost();
  });
});
