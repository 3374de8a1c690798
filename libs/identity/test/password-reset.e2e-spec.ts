import { ManualClock } from '@contactly/platform';
import { ADMIN_AUTH, basic, type TestApp } from '@contactly/platform/testing';
import { PasswordResetService } from '../src/password-reset/password-reset.service.js';
import { createIdentityTestApp, newUser } from './identity-test-app.js';

const RESET = '/api/v1/auth/password-reset';
const CONFIRM = `${RESET}/confirm`;
const MINUTE = 60_000;

describe('self-service password reset', () => {
  let t: TestApp;
  const clock = new ManualClock('2026-03-02T10:00:00.000Z');
  let sequence = 0;

  beforeAll(async () => {
    t = await createIdentityTestApp({ clock });
  });
  afterAll(() => t.close());

  /** The reset is issued after the response: wait for it, then read what the dev mailbox got. */
  const mailbox = async (recipient: string) => {
    await t.get(PasswordResetService).whenIdle();
    const res = await t.http
      .get(`/api/v1/dev/mailbox?recipient=${encodeURIComponent(recipient)}&purpose=password-reset`)
      .set('Authorization', ADMIN_AUTH)
      .expect(200);
    return res.body as { recipient: string; subject: string; body: string; purpose: string }[];
  };
  const latestToken = async (recipient: string) => {
    const [latest] = await mailbox(recipient);
    const match = /#token=([A-Za-z0-9_-]{43})\b/.exec(latest?.body ?? '');
    if (!match) throw new Error(`no reset link for ${recipient}`);
    return match[1];
  };
  const subscriber = async () => {
    sequence += 1;
    const email = `reset.${sequence}.${Date.now().toString(36)}@example.com`;
    return newUser(t, { username: email, password: 'Original-Secret-1', roles: ['customer'], kind: 'customer' });
  };
  const requestReset = (email: string) => t.http.post(RESET).send({ email }).expect(202);
  const signIn = (username: string, password: string) => t.http.post('/api/v1/auth').set('Authorization', basic(username, password));

  it('answers 202 with the same body for a known and an unknown address, and writes only for the known one', async () => {
    const user = await subscriber();
    const unknown = `nobody.${Date.now().toString(36)}@example.com`;
    const known = await requestReset(user.username);
    const other = await requestReset(unknown);
    expect(known.body).toEqual(other.body);
    expect(known.body).toEqual({ message: expect.stringContaining('If an account uses this address') });
    expect(Object.keys(known.headers)).toEqual(Object.keys(other.headers));
    expect(await mailbox(unknown)).toEqual([]);
    const [message] = await mailbox(user.username);
    expect(message).toMatchObject({ recipient: user.username, purpose: 'password-reset', subject: 'Reset your Contactly password' });
    expect(message.body).toMatch(/\/reset-password#token=[A-Za-z0-9_-]{43}/);
  });

  it('validates the address (400) without revealing anything', async () => {
    const res = await t.http.post(RESET).send({ email: 'not-an-address' }).expect(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'email' })]);
    await t.http.post(RESET).send({}).expect(400);
  });

  it('sets the new password with the token once; the old password and a reuse are refused', async () => {
    const user = await subscriber();
    await requestReset(user.username);
    const token = await latestToken(user.username);
    await t.http.post(CONFIRM).send({ token, newPassword: 'Brand-New-Secret-2' }).expect(204);
    await signIn(user.username, 'Brand-New-Secret-2').expect(200);
    await signIn(user.username, 'Original-Secret-1').expect(401);
    const reused = await t.http.post(CONFIRM).send({ token, newPassword: 'Another-Secret-3' }).expect(400);
    expect(reused.body).toMatchObject({ code: 'INVALID_RESET_TOKEN', status: '400' });
    await signIn(user.username, 'Brand-New-Secret-2').expect(200);
  });

  it('answers unknown, reused and expired tokens with the same 400', async () => {
    const user = await subscriber();
    await requestReset(user.username);
    const token = await latestToken(user.username);
    const unknown = await t.http
      .post(CONFIRM)
      .send({ token: 'A'.repeat(43), newPassword: 'Brand-New-Secret-2' })
      .expect(400);
    clock.advance(31 * MINUTE);
    const expired = await t.http.post(CONFIRM).send({ token, newPassword: 'Brand-New-Secret-2' }).expect(400);
    expect(expired.body).toEqual(unknown.body);
    expect(expired.body.code).toBe('INVALID_RESET_TOKEN');
    await signIn(user.username, 'Original-Secret-1').expect(200);
  });

  it('keeps the token usable after a weak password (400 WEAK_PASSWORD)', async () => {
    const user = await subscriber();
    await requestReset(user.username);
    const token = await latestToken(user.username);
    for (const newPassword of ['short', 'password123', `x${user.username}x`]) {
      const weak = await t.http.post(CONFIRM).send({ token, newPassword }).expect(400);
      expect(weak.body.code).toBe('WEAK_PASSWORD');
    }
    await t.http.post(CONFIRM).send({ token, newPassword: 'Strong-Enough-77' }).expect(204);
  });

  it('stops old cached credentials at once after the reset', async () => {
    const user = await subscriber();
    await signIn(user.username, 'Original-Secret-1').expect(200); // now cached
    await t.http.get('/api/v1/users/me').set('Authorization', user.auth).expect(200);
    await requestReset(user.username);
    await t.http
      .post(CONFIRM)
      .send({ token: await latestToken(user.username), newPassword: 'Fresh-Secret-4444' })
      .expect(204);
    await t.http.get('/api/v1/users/me').set('Authorization', user.auth).expect(401);
    await signIn(user.username, 'Original-Secret-1').expect(401);
  });

  it('invalidates the previous token when a new one is issued', async () => {
    const user = await subscriber();
    await requestReset(user.username);
    const first = await latestToken(user.username);
    clock.advance(MINUTE);
    await requestReset(user.username);
    const second = await latestToken(user.username);
    expect(second).not.toBe(first);
    await t.http.post(CONFIRM).send({ token: first, newPassword: 'First-Token-Pass-1' }).expect(400);
    await t.http.post(CONFIRM).send({ token: second, newPassword: 'Second-Token-Pass-2' }).expect(204);
    await signIn(user.username, 'Second-Token-Pass-2').expect(200);
  });

  it('resets a staff user found by the email attribute, case-insensitively', async () => {
    const staff = await newUser(t, { roles: ['agent'], password: 'Agent-Original-1' });
    const email = `agent.${Date.now().toString(36)}@contactly.example`;
    await t.http.patch(`/api/v1/users/${staff.id}`).set('Authorization', ADMIN_AUTH).send({ email }).expect(200);
    await requestReset(email.toUpperCase());
    await t.http
      .post(CONFIRM)
      .send({ token: await latestToken(email), newPassword: 'Agent-Renewed-22' })
      .expect(204);
    await signIn(staff.username, 'Agent-Renewed-22').expect(200);
  });

  it('sends nothing to an inactive account', async () => {
    const user = await subscriber();
    await t.http.patch(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH).send({ active: false }).expect(200);
    await requestReset(user.username);
    expect(await mailbox(user.username)).toEqual([]);
  });

  it('sends at most 5 reset messages an hour to one account, still answering 202', async () => {
    const user = await subscriber();
    for (let i = 0; i < 7; i += 1) await requestReset(user.username);
    expect(await mailbox(user.username)).toHaveLength(5);
    clock.advance(61 * MINUTE);
    await requestReset(user.username);
    expect(await mailbox(user.username)).toHaveLength(6);
  });

  it('keeps tokens out of every API response but the dev mailbox, and out of outbox and audit rows', async () => {
    const user = await subscriber();
    const request = await requestReset(user.username);
    const token = await latestToken(user.username);
    const confirm = await t.http.post(CONFIRM).send({ token, newPassword: 'No-Leak-Secret-5' }).expect(204);
    const audit = await t.http.get(`/api/v1/audit?resourceType=user&resourceId=${user.id}`).set('Authorization', ADMIN_AUTH);
    const userView = await t.http.get(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH).expect(200);
    for (const text of [request.text, confirm.text, audit.text, userView.text]) expect(text).not.toContain(token);
    const rows = [
      ...(await t.db.dataSource.query('SELECT payload AS text FROM outbox_event')),
      ...(await t.db.dataSource.query('SELECT changes AS text FROM audit_entry')),
    ] as { text: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.text.includes(token))).toEqual([]);
    const stored = (await t.db.dataSource.query('SELECT token_hash FROM password_reset_token')) as { token_hash: string }[];
    expect(stored.every((row) => row.token_hash !== token && /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
    // The change itself is audited as the user's own, and evented.
    const actions = (await t.db.dataSource.query('SELECT action, actor_name FROM audit_entry WHERE resource_type = ? AND resource_id = ?', [
      'user',
      String(user.id),
    ])) as { action: string; actor_name: string }[];
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'password-reset-requested', actor_name: 'system' },
        { action: 'password-reset', actor_name: user.username },
      ]),
    );
  });

  it('has entities and migrations that agree on this dialect', async () => {
    const sql = await t.db.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });
});
