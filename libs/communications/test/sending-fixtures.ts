import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { newClient, newDepartment, newEmployee, unique } from './communications-test-app.js';

export type Pair = { communicationTypeId: number; sendChannelTypeId: number };
export const pairs = (types: number[], channels: number[]): Pair[] =>
  types.flatMap((communicationTypeId) => channels.map((sendChannelTypeId) => ({ communicationTypeId, sendChannelTypeId })));

/** Channel ids of the seeded catalog. */
export const SMS = 1;
export const MESSENGER = 2;
export const EMAIL = 3;
export const PUSH = 4;
export const SOCIAL = 5;
/** Communication type ids of the seeded catalog. */
export const MASS = 1;
export const PERSONAL = 2;
export const SURVEY = 4;
export const COMMERCIAL_SURVEY = 5;

/** Factory: a role with the coarse permissions and the type × channel pairs it may send. */
export async function newSenderRole(
  t: TestApp,
  sends: Pair[],
  permissions = ['communications:read', 'communications:send', 'communications:status'],
) {
  const role = (
    await t.http
      .post('/api/v1/roles')
      .set('Authorization', ADMIN_AUTH)
      .send({ name: `sender-${unique()}`, permissions })
      .expect(201)
  ).body as { id: number; name: string };
  await t.http
    .put(`/api/v1/roles/${role.name}/communication-permissions`)
    .set('Authorization', ADMIN_AUTH)
    .send({ permissions: sends })
    .expect(200);
  return role;
}

/** Factory: a department rule (allowed pairs, quiet hours, caps) through the API. */
export async function newRule(
  t: TestApp,
  departmentId: number,
  rule: {
    allowed: Pair[];
    quietHours?: { start: string; end: string };
    timeZone?: string;
    frequencyCaps?: { sendChannelTypeId: number; period: string; maxCount: number }[];
  },
) {
  return (
    await t.http
      .post('/api/v1/rules')
      .set('Authorization', ADMIN_AUTH)
      .send({ departmentId, name: `Правило ${unique()}`, ...rule })
      .expect(201)
  ).body as { ruleId: number };
}

/** Factory: a text or template document. */
export async function newDocument(t: TestApp, input: { kind?: 'text' | 'template'; subject?: string; body: string }) {
  return (
    await t.http
      .post('/api/v1/documents')
      .set('Authorization', ADMIN_AUTH)
      .send({ name: `Документ ${unique()}`, kind: input.kind ?? 'template', ...input })
      .expect(201)
  ).body as { documentId: number };
}

/** A client with an email and a phone (and whatever else is asked). */
export async function newReachableClient(t: TestApp, input: Record<string, unknown> = {}) {
  const tag = unique();
  return newClient(t, ADMIN_AUTH, {
    email: `client.${tag}@example.com`,
    phone: `+7916${String(Date.now() + Math.floor(Math.random() * 1e6)).slice(-7)}`,
    ...input,
  });
}

/**
 * A department whose rule allows every seeded type on SMS, Messenger, Email and Push (quiet hours
 * and caps as given), and an employee of it whose role may send the given pairs.
 */
export async function newSendingDepartment(
  t: TestApp,
  options: { roleSends?: Pair[]; rule?: Partial<Parameters<typeof newRule>[2]> } = {},
) {
  const department = await newDepartment(t, ADMIN_AUTH);
  await newRule(t, department.departmentId, {
    allowed: pairs([1, 2, 3, 4, 5, 6], [SMS, MESSENGER, EMAIL, PUSH]),
    timeZone: 'Europe/Moscow',
    ...options.rule,
  });
  const role = await newSenderRole(t, options.roleSends ?? pairs([1, 2, 3, 4, 5, 6], [SMS, MESSENGER, EMAIL, PUSH]));
  const employee = await newEmployee(t, ADMIN_AUTH, department.departmentId, role.name);
  return { department, role, employee };
}

export const count = async (t: TestApp, table: string) =>
  Number(((await t.db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: number | string }[])[0].n);

/** What a refused request must leave untouched. */
export const sendingCounts = async (t: TestApp) => ({
  mailings: await count(t, 'mailing'),
  communications: await count(t, 'communication'),
  events: await count(t, 'outbox_event'),
});

export const events = async (t: TestApp, type: string) =>
  ((await t.db.dataSource.query('SELECT payload FROM outbox_event WHERE event_type = ? ORDER BY id', [type])) as { payload: string }[]).map(
    (e) => JSON.parse(e.payload),
  );
