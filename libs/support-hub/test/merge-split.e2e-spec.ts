import { ADMIN_AUTH } from '@contactly/platform/testing';
import { newUser } from '@contactly/identity/testing';
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

interface Member {
  id: number;
  source: string;
  externalId: string;
  aggregatedCaseId: number;
  why: { groupKey: string; ruleKey: string; overrides: { kind: string; reason: string; by: string }[]; summary: string };
}

describe('merging and splitting aggregated cases', () => {
  let ctx: HubTestContext;
  let engineer: { auth: string; username: string };
  const detail = async (id: number) =>
    (await ctx.t.http.get(`${HUB}/aggregated-cases/${id}`).set('Authorization', ADMIN_AUTH).expect(200)).body;
  const membersOf = async (id: number) =>
    (await ctx.t.http.get(`${HUB}/cases?aggregatedCaseId=${id}&limit=1000`).set('Authorization', ADMIN_AUTH).expect(200)).body as Member[];
  const byKey = async (key: string) => (await allAggregated(ctx.t)).find((a) => a.groupKey === key);
  const audit = async (id: number) =>
    (await ctx.t.http.get(`/api/v1/audit?resourceType=aggregatedCase&resourceId=${id}`).set('Authorization', ADMIN_AUTH).expect(200))
      .body as { action: string; reason: string; actor: { username: string } }[];
  const events = async (type: string) =>
    (await ctx.t.db.dataSource.query('SELECT resource_id FROM outbox_event WHERE event_type = ? ORDER BY id', [type])) as {
      resource_id: string;
    }[];

  const VODAFONE = 'provider=vodafone|errorCode=E1101';
  const VODAFONE_ROAMING = 'provider=vodafone|errorCode=E2301';

  beforeAll(async () => {
    ctx = await createHubTestApp({ env: { SUPPORT_HUB_FULL_SYNC_EVERY: '1000' } });
    await refreshNow(ctx.t);
    engineer = await newUser(ctx.t, { roles: ['support-engineer'] });
  });
  afterAll(() => ctx.close());

  describe('merge', () => {
    it('refuses to merge a case with itself (400)', async () => {
      const target = (await byKey(VODAFONE))!;
      const res = await ctx.t.http
        .post(`${HUB}/aggregated-cases/merge`)
        .set('Authorization', engineer.auth)
        .send({ targetId: target.id, sourceId: target.id, reason: 'oops' })
        .expect(400);
      expect(res.body).toMatchObject({ code: 'CANNOT_MERGE_WITH_ITSELF', details: [{ field: 'sourceId' }] });
    });

    it('needs a reason, existing cases and the merge permission', async () => {
      const [a, b] = await allAggregated(ctx.t);
      const noReason = await ctx.t.http
        .post(`${HUB}/aggregated-cases/merge`)
        .set('Authorization', engineer.auth)
        .send({ targetId: a.id, sourceId: b.id })
        .expect(400);
      expect(noReason.body.details.map((d: { field: string }) => d.field)).toContain('reason');
      await ctx.t.http
        .post(`${HUB}/aggregated-cases/merge`)
        .set('Authorization', engineer.auth)
        .send({ targetId: a.id, sourceId: b.id, reason: '   ' })
        .expect(400);
      const unknown = await ctx.t.http
        .post(`${HUB}/aggregated-cases/merge`)
        .set('Authorization', engineer.auth)
        .send({ targetId: a.id, sourceId: 999999, reason: 'x' })
        .expect(404);
      expect(unknown.body.code).toBe('AGGREGATED_CASE_NOT_FOUND');
      const agent = await newUser(ctx.t, { roles: ['agent'] });
      await ctx.t.http
        .post(`${HUB}/aggregated-cases/merge`)
        .set('Authorization', agent.auth)
        .send({ targetId: a.id, sourceId: b.id, reason: 'x' })
        .expect(403);
    });

    it('moves every case of the source into the target, audited with the reason, and the source is gone', async () => {
      const target = (await byKey(VODAFONE))!;
      const source = (await byKey(VODAFONE_ROAMING))!;
      const res = await ctx.t.http
        .post(`${HUB}/aggregated-cases/merge`)
        .set('Authorization', engineer.auth)
        .send({ targetId: target.id, sourceId: source.id, reason: 'Same root cause: the activation platform outage' })
        .expect(200);
      expect(res.body).toMatchObject({
        id: target.id,
        groupKey: VODAFONE,
        provider: 'vodafone',
        errorCode: 'E1101',
        caseCount: target.caseCount + source.caseCount,
      });
      expect(res.body.merges).toEqual([
        {
          fromKey: VODAFONE_ROAMING,
          fromAggregatedCaseId: source.id,
          reason: 'Same root cause: the activation platform outage',
          by: engineer.username,
          at: expect.any(String),
        },
      ]);
      const gone = await ctx.t.http.get(`${HUB}/aggregated-cases/${source.id}`).set('Authorization', ADMIN_AUTH).expect(404);
      expect(gone.body.code).toBe('AGGREGATED_CASE_NOT_FOUND');

      const moved = (await membersOf(target.id)).filter((m) => m.why.ruleKey === VODAFONE_ROAMING);
      expect(moved).toHaveLength(source.caseCount);
      expect(moved[0].why.overrides).toEqual([
        expect.objectContaining({ kind: 'merge', reason: 'Same root cause: the activation platform outage', by: engineer.username }),
      ]);
      expect(moved[0].why.summary).toContain('merged into');

      const trail = await audit(target.id);
      expect(trail[0]).toMatchObject({
        action: 'merge',
        reason: 'Same root cause: the activation platform outage',
        actor: { username: engineer.username },
      });
      expect((await audit(source.id))[0]).toMatchObject({ action: 'merge', reason: 'Same root cause: the activation platform outage' });
      expect((await events('AggregatedCaseDeleteEvent')).map((e) => e.resource_id)).toContain(String(source.id));
      expect((await events('AggregatedCaseAttributeValueChangeEvent')).map((e) => e.resource_id)).toContain(String(target.id));
    });

    it('sticks across refreshes: new and changed cases of the merged key land in the target', async () => {
      const target = (await byKey(VODAFONE))!;
      await crmWrite('POST', `${ctx.sims.bananaUrl}/api/cases`, BANANA_HEADERS, {
        vendor: { name: 'Vodafone UK' },
        err_code: 'E-2301',
        state: 'OPEN',
        title: 'Roaming again',
      });
      await refreshNow(ctx.t);
      await refreshNow(ctx.t, { full: 'true' });
      expect(await byKey(VODAFONE_ROAMING)).toBeUndefined();
      const after = (await byKey(VODAFONE))!;
      expect(after).toMatchObject({ id: target.id, caseCount: target.caseCount + 1 });
    });
  });

  describe('split', () => {
    it('refuses cases that are not members (404), an unknown aggregated case (404), and no reason or no cases (400)', async () => {
      const target = (await byKey(VODAFONE))!;
      const other = (await allAggregated(ctx.t)).find((a) => a.id !== target.id)!;
      const stranger = (await membersOf(other.id))[0];
      const res = await ctx.t.http
        .post(`${HUB}/aggregated-cases/${target.id}/split`)
        .set('Authorization', engineer.auth)
        .send({ caseIds: [stranger.id], reason: 'x' })
        .expect(404);
      expect(res.body).toMatchObject({ code: 'CASE_NOT_MEMBER', message: expect.stringContaining(String(stranger.id)) });
      await ctx.t.http
        .post(`${HUB}/aggregated-cases/${target.id}/split`)
        .set('Authorization', engineer.auth)
        .send({ caseIds: [99999999], reason: 'x' })
        .expect(404);
      const unknown = await ctx.t.http
        .post(`${HUB}/aggregated-cases/999999/split`)
        .set('Authorization', engineer.auth)
        .send({ caseIds: [stranger.id], reason: 'x' })
        .expect(404);
      expect(unknown.body.code).toBe('AGGREGATED_CASE_NOT_FOUND');
      await ctx.t.http
        .post(`${HUB}/aggregated-cases/${target.id}/split`)
        .set('Authorization', engineer.auth)
        .send({ caseIds: [], reason: 'x' })
        .expect(400);
      await ctx.t.http
        .post(`${HUB}/aggregated-cases/${target.id}/split`)
        .set('Authorization', engineer.auth)
        .send({ caseIds: [stranger.id] })
        .expect(400);
      await ctx.t.http
        .post(`${HUB}/aggregated-cases/${target.id}/split`)
        .set('Authorization', engineer.auth)
        .send({ caseIds: ['a'], reason: 'x' })
        .expect(400);
      const all = (await membersOf(other.id)).map((m) => m.id);
      const empty = await ctx.t.http
        .post(`${HUB}/aggregated-cases/${other.id}/split`)
        .set('Authorization', engineer.auth)
        .send({ caseIds: all, reason: 'x' })
        .expect(400);
      expect(empty.body.code).toBe('SPLIT_WOULD_EMPTY');
    });

    let splitId: number;
    let splitMembers: Member[];
    it('moves the named members into a new aggregated case (201, Location), audited with the reason', async () => {
      const target = (await byKey(VODAFONE))!;
      splitMembers = (await membersOf(target.id)).filter((m) => m.why.ruleKey === VODAFONE).slice(0, 2);
      const res = await ctx.t.http
        .post(`${HUB}/aggregated-cases/${target.id}/split`)
        .set('Authorization', engineer.auth)
        .send({ caseIds: splitMembers.map((m) => m.id), reason: 'A different fault: only eSIMs are affected' })
        .expect(201);
      splitId = res.body.id;
      expect(res.headers.location).toBe(res.body.href);
      expect(res.body).toMatchObject({
        caseCount: 2,
        provider: 'vodafone',
        errorCode: 'E1101',
        groupKey: expect.stringMatching(/^split:/),
        splitFrom: { fromAggregatedCaseId: target.id, reason: 'A different fault: only eSIMs are affected', by: engineer.username },
      });
      expect(res.body.members.map((m: Member) => m.id).sort()).toEqual(splitMembers.map((m) => m.id).sort());
      expect(res.body.members[0].why.overrides).toEqual([
        expect.objectContaining({ kind: 'split', reason: 'A different fault: only eSIMs are affected' }),
      ]);
      expect((await byKey(VODAFONE))!.caseCount).toBe(target.caseCount - 2);
      expect((await audit(target.id))[0]).toMatchObject({ action: 'split', reason: 'A different fault: only eSIMs are affected' });
      expect((await audit(splitId))[0]).toMatchObject({ action: 'split', reason: 'A different fault: only eSIMs are affected' });
      expect((await events('AggregatedCaseCreateEvent')).map((e) => e.resource_id)).toContain(String(splitId));
    });

    it('sticks across refreshes, even when the split cases change at their CRM', async () => {
      const [first] = splitMembers;
      if (first.source === 'banana')
        await crmWrite('PATCH', `${ctx.sims.bananaUrl}/api/cases/${first.externalId}`, BANANA_HEADERS, {
          title: 'Changed after the split',
          state: 'CLOSED',
        });
      else
        await crmWrite('PATCH', `${ctx.sims.strawberryUrl}/v2/tickets/${first.externalId}`, STRAWBERRY_HEADERS, {
          subject: 'Changed after the split',
          status: 'closed',
        });
      await refreshNow(ctx.t);
      await refreshNow(ctx.t, { full: 'true' });
      const split = await detail(splitId);
      expect(split.caseCount).toBe(2);
      expect(split.members.map((m: Member) => m.id).sort()).toEqual(splitMembers.map((m) => m.id).sort());
      expect(split.members.find((m: Member) => m.id === first.id)).toMatchObject({ title: 'Changed after the split', status: 'closed' });
    });

    it('can be merged back, and that sticks too', async () => {
      const target = (await byKey(VODAFONE))!;
      await ctx.t.http
        .post(`${HUB}/aggregated-cases/merge`)
        .set('Authorization', engineer.auth)
        .send({ targetId: target.id, sourceId: splitId, reason: 'Same fault after all' })
        .expect(200);
      await refreshNow(ctx.t, { full: 'true' });
      await ctx.t.http.get(`${HUB}/aggregated-cases/${splitId}`).set('Authorization', ADMIN_AUTH).expect(404);
      const back = (await membersOf(target.id)).filter((m) => splitMembers.some((s) => s.id === m.id));
      expect(back).toHaveLength(2);
      expect(back[0].why.overrides.map((o) => o.kind)).toEqual(['split', 'merge']);
    });
  });
});
