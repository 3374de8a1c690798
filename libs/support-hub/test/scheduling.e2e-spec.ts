import { LeaseService } from '@contactly/platform';
import { ADMIN_AUTH } from '@contactly/platform/testing';
import { RefreshRun } from '../src/refresh/refresh-run.entity.js';
import { RefreshScheduler } from '../src/refresh/refresh.scheduler.js';
import { REFRESH_LEASE } from '../src/refresh/refresh-lease.js';
import { clearFaults, createHubTestApp, HUB, type HubTestContext, refreshNow, setFaults } from './support-hub-test-app.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('scheduled refreshes, leases across instances, progress', () => {
  let ctx: HubTestContext;
  const status = async () => (await ctx.t.http.get(`${HUB}/status`).set('Authorization', ADMIN_AUTH).expect(200)).body;
  const runs = async () =>
    (await ctx.t.http.get(`${HUB}/refresh-runs?limit=100`).set('Authorization', ADMIN_AUTH).expect(200)).body as {
      id: number;
      trigger: string;
      status: string;
      error: string | null;
    }[];

  beforeAll(async () => {
    ctx = await createHubTestApp({ env: { SUPPORT_HUB_SCHEDULER: 'true', SUPPORT_HUB_REFRESH_HOURS: '1' } });
  });
  afterAll(() => ctx.close());

  it('refreshes on a schedule: shortly after start, then every SUPPORT_HUB_REFRESH_HOURS', async () => {
    const first = await status();
    expect(Date.parse(first.nextScheduledAt) - Date.now()).toBeLessThanOrEqual(3_000);
    let scheduled: { id: number; status: string } | undefined;
    for (let i = 0; i < 100 && scheduled?.status !== 'succeeded'; i += 1) {
      await sleep(100);
      scheduled = (await runs()).find((r) => r.trigger === 'scheduled');
    }
    expect(scheduled).toMatchObject({ status: 'succeeded' });
    const after = await status();
    expect(Math.abs(Date.parse(after.nextScheduledAt) - (Date.now() + 3_600_000))).toBeLessThan(10_000);
    expect(after.caseCount).toBe(120);

    // Another instance's tick (or this one's, early) finds the data fresh and does nothing.
    await ctx.t.get(RefreshScheduler).tick();
    expect((await runs()).filter((r) => r.trigger === 'scheduled')).toHaveLength(1);
  });

  it('shows a run in progress with its counters, and lets a trigger join it', async () => {
    await setFaults(ctx.sims.bananaUrl, { latencyMs: 300 });
    try {
      const started = await ctx.t.http.post(`${HUB}/refresh?force=true&full=true`).set('Authorization', ADMIN_AUTH).expect(202);
      await sleep(150);
      const during = await status();
      expect(during.inProgress).toMatchObject({
        id: started.body.id,
        status: 'running',
        progress: { phase: 'pulling', sources: { banana: { state: 'pulling', mode: 'full' } } },
      });
      const joined = await ctx.t.http.get(`${HUB}/refresh?force=true`).set('Authorization', ADMIN_AUTH).expect(202);
      expect(joined.body).toMatchObject({ id: started.body.id, joined: true });
      const waited = await ctx.t.http.post(`${HUB}/refresh?force=true&wait=true`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(waited.body).toMatchObject({ id: started.body.id, joined: true, status: 'succeeded', progress: null });
      expect((await status()).inProgress).toBeNull();
    } finally {
      await clearFaults(ctx.sims.bananaUrl);
    }
  });

  it('joins a run another instance is doing (same id), and does not start its own', async () => {
    const now = new Date();
    const repo = ctx.t.db.repository(RefreshRun);
    const other = await repo.save(
      repo.create({
        trigger: 'scheduled',
        status: 'running',
        requestedBy: null,
        holder: 'other-host:1/abcd',
        startedAt: now,
        finishedAt: null,
        heartbeatAt: now,
        durationMs: null,
        progress: JSON.stringify({ phase: 'pulling', sources: {} }),
        error: null,
        aggregatedCreated: 0,
        aggregatedChanged: 0,
        aggregatedClosed: 0,
        aggregatedRemoved: 0,
        caseCount: null,
        aggregatedCount: null,
      }),
    );
    const res = await ctx.t.http.post(`${HUB}/refresh?force=true`).set('Authorization', ADMIN_AUTH).expect(202);
    expect(res.body).toMatchObject({ id: other.id, joined: true, status: 'running', progress: { phase: 'pulling' } });
    expect((await status()).inProgress).toMatchObject({ id: other.id });

    // Its instance died: once its heartbeat is stale, the next trigger runs and records it as abandoned.
    await repo.update({ id: other.id }, { heartbeatAt: new Date(Date.now() - 10 * 60_000) });
    const run = await refreshNow(ctx.t);
    expect(run.id).not.toBe(other.id);
    expect((await runs()).find((r) => r.id === other.id)).toMatchObject({ status: 'failed', error: expect.stringContaining('abandoned') });
  });

  it('does not run while another instance holds the lease', async () => {
    const lease = ctx.t.get(LeaseService);
    expect(await lease.tryAcquire(REFRESH_LEASE, 60_000, 'other-host:2/efgh')).toBe(true);
    try {
      const before = (await runs()).length;
      const res = await ctx.t.http.post(`${HUB}/refresh?force=true`).set('Authorization', ADMIN_AUTH).expect(409);
      expect(res.body.code).toBe('REFRESH_BUSY');
      expect(await runs()).toHaveLength(before);
    } finally {
      await lease.release(REFRESH_LEASE, 'other-host:2/efgh');
    }
    expect((await refreshNow(ctx.t)).status).toBe('succeeded');
  });

  it('reads the consolidated state from the database again once another instance has written it', async () => {
    await refreshNow(ctx.t, { full: 'true' });
    // Another instance's write: a case of ours is gone, and the state row names another writer.
    const [victim] = (await ctx.t.db.dataSource.query(
      "SELECT id, source FROM support_case WHERE source = 'banana' ORDER BY id LIMIT 1",
    )) as { id: number; source: string }[];
    await ctx.t.db.dataSource.query('DELETE FROM support_case WHERE id = ?', [victim.id]);
    await ctx.t.db.dataSource.query("UPDATE support_hub_state SET writer = 'another-instance' WHERE id = 1");
    const run = await refreshNow(ctx.t, { full: 'true' });
    expect(run.sources.find((s) => s.source === 'banana')).toMatchObject({ new: 1, unchanged: 59, deleted: 0 });
    expect(run.caseCount).toBe(120);
  });
});
