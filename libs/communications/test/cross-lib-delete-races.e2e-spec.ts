import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCommunicationsTestApp, newDepartment, unique } from './communications-test-app.js';

/** Rounds of each race: enough for the two requests to overlap many times on MariaDB. */
const ROUNDS = 20;

/**
 * References across libs are ids without foreign keys, so a delete and a new reference to the same
 * row must not both succeed: the delete locks its row before asking the referring libs, and the
 * writer of a reference holds the row it names (lockForReference). Either the delete is refused
 * (409) or the reference is (422); no id is left pointing at a missing row. On SQLite writes are
 * serial; the race is real on MariaDB.
 */
describe('a delete racing a new reference to the same record', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createCommunicationsTestApp();
  });
  afterAll(() => t.close());

  const count = async (sql: string) => Number(((await t.db.dataSource.query(sql)) as { n: number | string }[])[0].n);

  it('never leaves an employee whose user is gone', async () => {
    const department = await newDepartment(t, ADMIN_AUTH);
    for (let round = 0; round < ROUNDS; round += 1) {
      const username = `racer.${unique()}`;
      const user = (
        await t.http
          .post('/api/v1/users')
          .set('Authorization', ADMIN_AUTH)
          .send({ username, displayName: `Racer ${username}`, password: 'Correct-Horse-42', roles: ['marketer'] })
          .expect(201)
      ).body as { id: number };
      const [deleted, created] = await Promise.all([
        t.http.delete(`/api/v1/users/${user.id}`).set('Authorization', ADMIN_AUTH),
        t.http
          .post('/api/v1/employees')
          .set('Authorization', ADMIN_AUTH)
          .send({ userId: user.id, departmentId: department.departmentId, role: 'marketer' }),
      ]);
      expect([deleted.status, created.status].sort()).toEqual(deleted.status === 204 ? [204, 422] : [201, 409]);
    }
    expect(await count('SELECT COUNT(*) AS n FROM employee e LEFT JOIN user u ON u.id = e.user_id WHERE u.id IS NULL')).toBe(0);
  });

  it('never leaves a party owned by an affiliate that is gone', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const code = `race-${unique()}`;
      const affiliate = (
        await t.http
          .post('/api/v1/affiliates')
          .set('Authorization', ADMIN_AUTH)
          .send({ name: `Affiliate ${code}`, code })
          .expect(201)
      ).body as { id: number };
      const [deleted, created] = await Promise.all([
        t.http.delete(`/api/v1/affiliates/${affiliate.id}`).set('Authorization', ADMIN_AUTH),
        t.http
          .post('/tmf-api/party/v4/individual')
          .set('Authorization', ADMIN_AUTH)
          .send({ givenName: 'Race', familyName: code, relatedParty: [{ id: String(affiliate.id), role: 'affiliate' }] }),
      ]);
      expect([deleted.status, created.status].sort()).toEqual(deleted.status === 204 ? [204, 422] : [201, 409]);
    }
    expect(
      await count(
        'SELECT COUNT(*) AS n FROM party p LEFT JOIN affiliate a ON a.id = p.affiliate_id WHERE p.affiliate_id IS NOT NULL AND a.id IS NULL',
      ),
    ).toBe(0);
  });
});
