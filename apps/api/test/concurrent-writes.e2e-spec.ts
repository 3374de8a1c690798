import { randomUUID } from 'node:crypto';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createApiTestApp } from './api-test-app.js';

type Row = Record<string, unknown>;
const CONCURRENCY = 50;
const tag = () => randomUUID().slice(0, 8);

/**
 * 50 concurrent creates, then 50 concurrent edits, of different records on every write route that
 * replaces child rows (contact media and search keys, roles, rule lines, account media, members):
 * on InnoDB a child replace that locked its parent's index range deadlocked writers of *other*
 * parents, and some of them answered 500. Every answer here must be a success.
 */
describe('concurrent writes of different records', () => {
  let t: TestApp;
  let departmentId: number;

  beforeAll(async () => {
    t = await createApiTestApp();
    const company = (
      await t.http
        .post('/api/v1/companies')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Concurrent ${tag()}` })
        .expect(201)
    ).body as Row;
    departmentId = (
      await t.http
        .post('/api/v1/departments')
        .set('Authorization', ADMIN_AUTH)
        .send({ companyId: company.companyId, name: `Concurrent ${tag()}` })
        .expect(201)
    ).body.departmentId as number;
  }, 60_000);
  afterAll(() => t.close());

  /** Sends all at once; returns the statuses that were not the expected one, with their bodies. */
  async function all(
    requests: (() => PromiseLike<{ status: number; body: Row }>)[],
    expected: number,
  ): Promise<{ bodies: Row[]; unexpected: string[] }> {
    const responses = await Promise.all(requests.map((send) => send()));
    return {
      bodies: responses.map((r) => r.body),
      unexpected: responses.filter((r) => r.status !== expected).map((r) => `${r.status} ${JSON.stringify(r.body).slice(0, 160)}`),
    };
  }
  const post = (path: string, body: Row) => () => t.http.post(path).set('Authorization', ADMIN_AUTH).send(body);
  const patch = (path: string, body: Row) => () => t.http.patch(path).set('Authorization', ADMIN_AUTH).send(body);
  const put = (path: string, body: Row) => () => t.http.put(path).set('Authorization', ADMIN_AUTH).send(body);
  const times = <T>(make: (i: number) => T) => Array.from({ length: CONCURRENCY }, (_, i) => make(i));
  // Every phone of the file differs (different records: the same phone twice is a possible duplicate, 409).
  let phones = 0;
  const phone = (_i: number) => `+7916${String(1_000_000 + phones++ * 7919).slice(-7)}`;

  it('creates and edits clients (contact media, search keys) without a failure', async () => {
    const created = await all(
      times((i) =>
        post('/api/v1/clients/add', {
          firstName: 'Параллельный',
          lastName: `Клиент${tag()}`,
          email: `par.${tag()}@example.com`,
          phone: phone(i),
        }),
      ),
      201,
    );
    expect(created.unexpected).toEqual([]);
    // A new name means new search keys.
    const edited = await all(
      created.bodies.map((client) => put(`/api/v1/clients/edit/${client.clientId}`, { lastName: `Изменён${tag()}` })),
      200,
    );
    expect(edited.unexpected).toEqual([]);
    expect(new Set(edited.bodies.map((c) => c.clientId)).size).toBe(CONCURRENCY);
  }, 120_000);

  it('creates and patches TMF parties and customers with contact media without a failure', async () => {
    const media = (i: number) => [
      { mediumType: 'email', preferred: true, characteristic: { emailAddress: `tmf.${tag()}@example.com` } },
      { mediumType: 'phone', characteristic: { phoneNumber: phone(i) } },
    ];
    const parties = await all(
      times((i) => post('/tmf-api/party/v4/individual', { givenName: 'Tmf', familyName: `Parallel${tag()}`, contactMedium: media(i) })),
      201,
    );
    expect(parties.unexpected).toEqual([]);
    const customers = await all(
      parties.bodies.map((party) =>
        post('/tmf-api/customerManagement/v4/customer', { name: `Customer ${party.familyName}`, engagedParty: { id: party.id } }),
      ),
      201,
    );
    expect(customers.unexpected).toEqual([]);
    const patched = await all(
      customers.bodies.map((customer, i) =>
        patch(`/tmf-api/customerManagement/v4/customer/${customer.id}`, { contactMedium: media(i + CONCURRENCY) }),
      ),
      200,
    );
    expect(patched.unexpected).toEqual([]);
  }, 120_000);

  it('creates and edits users and their roles without a failure', async () => {
    const users = await all(
      times(() =>
        post('/api/v1/users', {
          username: `par.${tag()}`,
          displayName: 'Parallel',
          password: 'Parallel-Pass-2026',
          roles: ['agent', 'marketer'],
        }),
      ),
      201,
    );
    expect(users.unexpected).toEqual([]);
    const edited = await all(
      users.bodies.map((user) => patch(`/api/v1/users/${user.id}`, { roles: ['support-engineer'] })),
      200,
    );
    expect(edited.unexpected).toEqual([]);
    expect(edited.bodies.every((user) => JSON.stringify(user.roles) === '["support-engineer"]')).toBe(true);
  }, 120_000);

  it("creates and edits rules (their lines) and roles' channel permissions without a failure", async () => {
    const allowed = [
      { communicationTypeId: 1, sendChannelTypeId: 3 },
      { communicationTypeId: 2, sendChannelTypeId: 1 },
    ];
    const rules = await all(
      times(() =>
        post('/api/v1/rules', {
          departmentId,
          name: `Правило ${tag()}`,
          allowed,
          frequencyCaps: [{ sendChannelTypeId: 1, period: 'day', maxCount: 2 }],
          channelPreference: [3, 1],
        }),
      ),
      201,
    );
    expect(rules.unexpected).toEqual([]);
    const edited = await all(
      rules.bodies.map((rule) =>
        patch(`/api/v1/rules/${rule.ruleId}`, { allowed: [allowed[0]], frequencyCaps: [], channelPreference: [1] }),
      ),
      200,
    );
    expect(edited.unexpected).toEqual([]);
    const roles = await all(
      times(() => post('/api/v1/roles', { name: `par-${tag()}`, permissions: ['communications:read'] })),
      201,
    );
    expect(roles.unexpected).toEqual([]);
    const permitted = await all(
      roles.bodies.map((role) => put(`/api/v1/roles/${role.name}/communication-permissions`, { permissions: allowed })),
      200,
    );
    expect(permitted.unexpected).toEqual([]);
  }, 120_000);

  it('creates billing accounts with presentation media and client groups with members without a failure', async () => {
    const customer = (
      await t.http
        .post('/api/v1/clients/add')
        .set('Authorization', ADMIN_AUTH)
        .send({ firstName: 'Owner', lastName: `Accounts${tag()}` })
        .expect(201)
    ).body as Row;
    const media = (
      await t.http
        .post('/tmf-api/accountManagement/v4/billPresentationMedia')
        .set('Authorization', ADMIN_AUTH)
        .send({ name: `Paper ${tag()}` })
        .expect(201)
    ).body as Row;
    const accounts = await all(
      times(() =>
        post('/tmf-api/accountManagement/v4/billingAccount', {
          name: `Acc ${tag()}`,
          relatedParty: [{ id: String(customer.clientId) }],
          billStructure: { presentationMedia: [{ id: media.id }] },
        }),
      ),
      201,
    );
    expect(accounts.unexpected).toEqual([]);
    const patched = await all(
      accounts.bodies.map((account) =>
        patch(`/tmf-api/accountManagement/v4/billingAccount/${account.id}`, { billStructure: { presentationMedia: [] } }),
      ),
      200,
    );
    expect(patched.unexpected).toEqual([]);
    const groups = await all(
      times(() => post('/api/v1/client_groups', { name: `Группа ${tag()}`, clientIds: [customer.clientId] })),
      201,
    );
    expect(groups.unexpected).toEqual([]);
    const regrouped = await all(
      groups.bodies.map((group) => patch(`/api/v1/client_groups/${group.groupId}`, { removeClientIds: [customer.clientId] })),
      200,
    );
    expect(regrouped.unexpected).toEqual([]);
  }, 120_000);

  it('resolves concurrent writes of one record by 409, 404 or 412, never a failure', async () => {
    const party = (
      await t.http
        .post('/tmf-api/party/v4/individual')
        .set('Authorization', ADMIN_AUTH)
        .send({ givenName: 'One', familyName: `Record${tag()}` })
        .expect(201)
    ).body as Row;
    const made = await Promise.all(
      Array.from({ length: 10 }, () =>
        post('/tmf-api/customerManagement/v4/customer', { name: 'Raced', engagedParty: { id: party.id } })(),
      ),
    );
    expect(made.map((res) => res.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    const customer = made.find((res) => res.status === 201)!.body as Row;
    const version = (
      await t.http.get(`/tmf-api/customerManagement/v4/customer/${customer.id}`).set('Authorization', ADMIN_AUTH).expect(200)
    ).headers.etag;
    const patched = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.http
          .patch(`/tmf-api/customerManagement/v4/customer/${customer.id}`)
          .set('Authorization', ADMIN_AUTH)
          .set('If-Match', version)
          .send({ name: `Patched ${i}` }),
      ),
    );
    expect(patched.map((res) => res.status).sort()).toEqual([200, ...Array(9).fill(412)]);
    const removed = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.http.delete(`/tmf-api/customerManagement/v4/customer/${customer.id}`).set('Authorization', ADMIN_AUTH),
      ),
    );
    expect(removed.map((res) => res.status).sort()).toEqual([204, ...Array(9).fill(404)]);
  }, 60_000);
});
