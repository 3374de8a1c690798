import { ADMIN_AUTH } from '@contactly/platform/testing';
import { newUser } from '@contactly/identity/testing';
import { allAggregated, createHubTestApp, HUB, type HubTestContext, refreshNow } from './support-hub-test-app.js';

const RULES = `${HUB}/rules`;

describe('grouping rules as data', () => {
  let ctx: HubTestContext;
  const create = (body: Record<string, unknown>, auth = ADMIN_AUTH) => ctx.t.http.post(RULES).set('Authorization', auth).send(body);

  beforeAll(async () => {
    ctx = await createHubTestApp();
    await refreshNow(ctx.t);
  });
  afterAll(() => ctx.close());

  it('starts with the default rules: provider + errorCode, provider aliases, one error-code rewrite', async () => {
    const res = await ctx.t.http.get(`${RULES}?limit=100`).set('Authorization', ADMIN_AUTH).expect(200);
    expect(res.headers['x-total-count']).toBe('14');
    expect(res.body[0]).toMatchObject({
      kind: 'error-code-rewrite',
      pattern: '^(?:E|ERR)?[-_.]?(\\d+)$',
      replacement: 'E$1',
      keyFields: null,
    });
    expect(res.body.find((r: { kind: string }) => r.kind === 'key-fields')).toMatchObject({
      keyFields: ['provider', 'errorCode'],
      pattern: null,
    });
    const aliases = await ctx.t.http.get(`${RULES}?kind=provider-alias&limit=100`).set('Authorization', ADMIN_AUTH).expect(200);
    expect(aliases.body).toHaveLength(12);
    expect(aliases.body[0]).toMatchObject({
      pattern: 'Vodafone UK',
      replacement: 'vodafone',
      position: 1,
      enabled: true,
      href: expect.stringContaining(`/rules/${aliases.body[0].id}`),
    });
  });

  it('explains what a spelling becomes under the rules in force', async () => {
    const res = await ctx.t.http
      .get(`${RULES}/explain`)
      .query({ provider: 'VODAFONE UK', errorCode: 'ERR-1101' })
      .set('Authorization', ADMIN_AUTH)
      .expect(200);
    expect(res.body).toMatchObject({
      provider: 'vodafone',
      errorCode: 'E1101',
      key: 'provider=vodafone|errorCode=E1101',
      keyFields: ['provider', 'errorCode'],
    });
    expect(res.body.steps.map((s: { action: string }) => s.action)).toEqual(['normalized', 'alias', 'rewrite']);
  });

  it.each([
    [{ kind: 'error-code-rewrite', pattern: '^(E', replacement: 'E$1' }, 'pattern', /regular expression/],
    [{ kind: 'error-code-rewrite', pattern: '[a-', replacement: 'X' }, 'pattern', /regular expression/],
    [{ kind: 'error-code-rewrite', pattern: '^E(\\d+)$', replacement: 'E$2' }, 'replacement', /\$2/],
    [{ kind: 'error-code-rewrite', pattern: '.*', replacement: 'X' }, 'pattern', /empty/],
    [{ kind: 'error-code-rewrite', replacement: 'X' }, 'pattern', /regular expression/],
    [{ kind: 'provider-alias', pattern: 'VF' }, 'replacement', /canonical/],
    [{ kind: 'provider-alias', pattern: '!!!', replacement: 'vodafone' }, 'pattern', /spelling/],
    [{ kind: 'key-fields', keyFields: ['title'] }, 'keyFields', /provider, errorCode, source/],
    [{ kind: 'key-fields' }, 'keyFields', /required/],
  ])('refuses an invalid rule %j with 400 naming the field', async (body, field, message) => {
    const res = await create(body).expect(400);
    expect(res.body).toMatchObject({ code: 'INVALID_RULE', details: [{ field, message: expect.stringMatching(message) }] });
  });

  it('refuses unknown kinds and attributes (400), a second key-fields rule and an existing alias (409)', async () => {
    await create({ kind: 'magic', pattern: 'x', replacement: 'y' }).expect(400);
    await create({ kind: 'provider-alias', pattern: 'x', replacement: 'y', colour: 'red' }).expect(400);
    expect((await create({ kind: 'key-fields', keyFields: ['provider'] }).expect(409)).body.code).toBe('KEY_FIELDS_RULE_EXISTS');
    expect((await create({ kind: 'provider-alias', pattern: 'VODAFONE-UK', replacement: 'vodafone' }).expect(409)).body.code).toBe(
      'ALIAS_EXISTS',
    );
  });

  it('lets only holders of support-hub:rules edit rules', async () => {
    const engineer = await newUser(ctx.t, { roles: ['support-engineer'] });
    await ctx.t.http.get(RULES).set('Authorization', engineer.auth).expect(200);
    await create({ kind: 'provider-alias', pattern: 'Vodafone Group', replacement: 'vodafone' }, engineer.auth).expect(403);
  });

  it('regroups on the next refresh, not before, and says so in the why meanwhile', async () => {
    const before = await allAggregated(ctx.t);
    const vodafone = before.find((a) => a.groupKey === 'provider=vodafone|errorCode=E1101')!;
    const rule = await create({
      kind: 'error-code-rewrite',
      pattern: '^(?:E|ERR)?-?1101$',
      replacement: 'SIM-ACTIVATION',
      position: 0,
      description: 'One name for the activation fault',
    }).expect(201);
    expect(rule.headers.location).toBe(rule.body.href);
    expect(rule.body).toMatchObject({ kind: 'error-code-rewrite', position: 0, enabled: true, version: 1 });

    // Nothing moved yet…
    expect((await allAggregated(ctx.t)).map((a) => a.groupKey).sort()).toEqual(before.map((a) => a.groupKey).sort());
    const waiting = (await ctx.t.http.get(`${HUB}/aggregated-cases/${vodafone.id}`).set('Authorization', ADMIN_AUTH).expect(200)).body;
    expect(waiting.members[0].why.nextRefreshRuleKey).toBe('provider=vodafone|errorCode=SIM-ACTIVATION');

    // …the next refresh regroups every case by the rules then in force.
    const run = await refreshNow(ctx.t);
    expect(run.aggregated.created).toBeGreaterThan(0);
    expect(run.aggregated.removed).toBeGreaterThan(0);
    const after = await allAggregated(ctx.t);
    expect(after.some((a) => a.errorCode === 'E1101')).toBe(false);
    const activation = after.find((a) => a.groupKey === 'provider=vodafone|errorCode=SIM-ACTIVATION')!;
    expect(activation.caseCount).toBe(vodafone.caseCount);
    const members = (await ctx.t.http.get(`${HUB}/aggregated-cases/${activation.id}`).set('Authorization', ADMIN_AUTH).expect(200)).body
      .members;
    expect(members[0].why).toMatchObject({
      nextRefreshRuleKey: null,
      steps: expect.arrayContaining([expect.objectContaining({ action: 'rewrite', ruleId: rule.body.id })]),
    });
    expect(after.reduce((sum, a) => sum + a.caseCount, 0)).toBe(120);

    // Disabling it (If-Match) puts them back on the next refresh.
    await ctx.t.http
      .patch(`${RULES}/${rule.body.id}`)
      .set('Authorization', ADMIN_AUTH)
      .set('If-Match', '"7"')
      .send({ enabled: false })
      .expect(412);
    const disabled = await ctx.t.http
      .patch(`${RULES}/${rule.body.id}`)
      .set('Authorization', ADMIN_AUTH)
      .set('If-Match', '"1"')
      .send({ enabled: false })
      .expect(200);
    expect(disabled.body).toMatchObject({ enabled: false, version: 2 });
    expect(disabled.headers.etag).toBe('"2"');
    await refreshNow(ctx.t);
    expect((await allAggregated(ctx.t)).map((a) => a.groupKey).sort()).toEqual(before.map((a) => a.groupKey).sort());
  });

  it('regroups by other key fields', async () => {
    const keyRule = (await ctx.t.http.get(`${RULES}?kind=key-fields`).set('Authorization', ADMIN_AUTH).expect(200)).body[0];
    await ctx.t.http
      .patch(`${RULES}/${keyRule.id}`)
      .set('Authorization', ADMIN_AUTH)
      .send({ keyFields: ['provider'] })
      .expect(200);
    await refreshNow(ctx.t);
    const byProvider = await allAggregated(ctx.t);
    expect(new Set(byProvider.map((a) => a.provider)).size).toBe(byProvider.length);
    expect(byProvider.every((a) => /^provider=[a-z0-9-]+$/.test(a.groupKey))).toBe(true);
    await ctx.t.http
      .patch(`${RULES}/${keyRule.id}`)
      .set('Authorization', ADMIN_AUTH)
      .send({ keyFields: ['provider', 'errorCode'] })
      .expect(200);
    await refreshNow(ctx.t);
    expect((await allAggregated(ctx.t)).every((a) => a.groupKey.includes('|errorCode='))).toBe(true);
  });

  it('deletes a rule (204, then 404), recording events and audit', async () => {
    const rule = (await create({ kind: 'provider-alias', pattern: 'Vodafone Group', replacement: 'vodafone' }).expect(201)).body;
    await ctx.t.http.delete(`${RULES}/${rule.id}`).set('Authorization', ADMIN_AUTH).expect(204);
    await ctx.t.http.get(`${RULES}/${rule.id}`).set('Authorization', ADMIN_AUTH).expect(404);
    await ctx.t.http.delete(`${RULES}/${rule.id}`).set('Authorization', ADMIN_AUTH).expect(404);
    const events = (await ctx.t.db.dataSource.query(
      "SELECT event_type FROM outbox_event WHERE resource_type = 'supportHubRule' AND resource_id = ?",
      [String(rule.id)],
    )) as { event_type: string }[];
    expect(events.map((e) => e.event_type)).toEqual(['SupportHubRuleCreateEvent', 'SupportHubRuleDeleteEvent']);
    const audit = await ctx.t.http
      .get(`/api/v1/audit?resourceType=supportHubRule&resourceId=${rule.id}`)
      .set('Authorization', ADMIN_AUTH)
      .expect(200);
    expect(audit.body.map((e: { action: string }) => e.action)).toEqual(['delete', 'create']);
  });
});
