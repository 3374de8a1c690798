import { ADMIN_AUTH } from '@contactly/platform/testing';
import {
  allAggregated,
  BANANA_HEADERS,
  createHubTestApp,
  crmWrite,
  HUB,
  type HubTestContext,
  refreshNow,
  STRAWBERRY_HEADERS,
} from './support-hub-test-app.js';

interface HistoryRow {
  resource_id: string;
  from_state: string;
  to_state: string;
  actor_id: number | null;
  actor_name: string;
  reason: string | null;
}

describe('aggregated case status, a declared process', () => {
  let ctx: HubTestContext;
  const history = async () =>
    (await ctx.t.db.dataSource.query(
      "SELECT resource_id, from_state, to_state, actor_id, actor_name, reason FROM state_history WHERE process = 'aggregatedCase' ORDER BY id",
    )) as HistoryRow[];
  const stateEvents = async () =>
    (
      (await ctx.t.db.dataSource.query(
        "SELECT resource_id, payload FROM outbox_event WHERE event_type = 'AggregatedCaseStateChangeEvent' ORDER BY id",
      )) as { resource_id: string; payload: string }[]
    ).map((e) => ({
      id: e.resource_id,
      aggregatedCase: (JSON.parse(e.payload) as { aggregatedCase: Record<string, unknown> }).aggregatedCase,
    }));
  const membersOf = async (id: number) =>
    (await ctx.t.http.get(`${HUB}/cases?aggregatedCaseId=${id}&limit=1000`).set('Authorization', ADMIN_AUTH).expect(200)).body as {
      source: string;
      externalId: string;
      status: string;
    }[];
  const setStatus = (member: { source: string; externalId: string }, open: boolean) =>
    member.source === 'banana'
      ? crmWrite('PATCH', `${ctx.sims.bananaUrl}/api/cases/${member.externalId}`, BANANA_HEADERS, { state: open ? 'OPEN' : 'CLOSED' })
      : crmWrite('PATCH', `${ctx.sims.strawberryUrl}/v2/tickets/${member.externalId}`, STRAWBERRY_HEADERS, {
          status: open ? 'open' : 'resolved',
        });

  beforeAll(async () => {
    ctx = await createHubTestApp({ bananaCases: 30, strawberryCases: 30 });
  });
  afterAll(() => ctx.close());

  it('records no move when aggregated cases are created', async () => {
    await refreshNow(ctx.t);
    expect(await history()).toEqual([]);
    expect(await stateEvents()).toEqual([]);
  });

  let target: { id: number; caseCount: number };
  it('closes a group when a refresh brings every member closed: one move, with its history row and state change event, and nothing for the other groups', async () => {
    const before = await allAggregated(ctx.t);
    target = before.find((a) => a.status === 'open')!;
    const members = await membersOf(target.id);
    for (const member of members.filter((m) => m.status === 'open')) await setStatus(member, false);

    const run = await refreshNow(ctx.t);

    expect(run.aggregated.closed).toBe(1);
    const after = await allAggregated(ctx.t);
    expect(after.find((a) => a.id === target.id)).toMatchObject({ status: 'closed', openCount: 0, caseCount: target.caseCount });
    expect(await history()).toEqual([
      {
        resource_id: String(target.id),
        from_state: 'open',
        to_state: 'closed',
        actor_id: null,
        actor_name: 'support-hub-refresh',
        reason: `refresh run ${run.id}`,
      },
    ]);
    expect(await stateEvents()).toEqual([
      { id: String(target.id), aggregatedCase: expect.objectContaining({ id: target.id, status: 'closed', openCount: 0 }) },
    ]);
    // Every other group kept its status.
    for (const other of after.filter((a) => a.id !== target.id)) expect(other.status).toBe(before.find((b) => b.id === other.id)!.status);
  });

  it('records nothing for a group whose attributes change but not its status, nor for a refresh that changes nothing', async () => {
    const open = (await allAggregated(ctx.t)).find((a) => a.status === 'open' && a.id !== target.id && a.sources.includes('banana'))!;
    const member = (await membersOf(open.id)).find((m) => m.source === 'banana')!;
    await crmWrite('PATCH', `${ctx.sims.bananaUrl}/api/cases/${member.externalId}`, BANANA_HEADERS, { title: 'Renamed by the CRM' });

    const renamed = await refreshNow(ctx.t);
    expect(renamed.aggregated).toMatchObject({ changed: 1, closed: 0 });
    const unchanged = await refreshNow(ctx.t);
    expect(unchanged.aggregated).toMatchObject({ created: 0, changed: 0, closed: 0, removed: 0 });

    expect(await history()).toHaveLength(1);
    expect(await stateEvents()).toHaveLength(1);
  });

  it('reopens the group when a member reopens', async () => {
    const member = (await membersOf(target.id))[0];
    await setStatus(member, true);

    const run = await refreshNow(ctx.t);

    expect((await allAggregated(ctx.t)).find((a) => a.id === target.id)).toMatchObject({ status: 'open', openCount: 1 });
    expect((await history()).at(-1)).toEqual({
      resource_id: String(target.id),
      from_state: 'closed',
      to_state: 'open',
      actor_id: null,
      actor_name: 'support-hub-refresh',
      reason: `refresh run ${run.id}`,
    });
    expect((await stateEvents()).at(-1)).toEqual({
      id: String(target.id),
      aggregatedCase: expect.objectContaining({ status: 'open', openCount: 1 }),
    });
  });

  it('moves a closed group that an open one is merged into, under the person who merged', async () => {
    const groups = await allAggregated(ctx.t);
    const closed = groups.find((a) => a.status === 'closed')!;
    const open = groups.find((a) => a.status === 'open')!;
    await ctx.t.http
      .post(`${HUB}/aggregated-cases/merge`)
      .set('Authorization', ADMIN_AUTH)
      .send({ targetId: closed.id, sourceId: open.id, reason: 'Same root cause' })
      .expect(200);

    expect((await history()).at(-1)).toMatchObject({
      resource_id: String(closed.id),
      from_state: 'closed',
      to_state: 'open',
      actor_id: expect.any(Number),
      actor_name: 'Admin',
      reason: `merge of aggregated case ${open.id} into ${closed.id}: Same root cause`,
    });
  });
});
