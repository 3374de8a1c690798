import { DataSource } from 'typeorm';
import { dataSourceOptions, mergePersistence, openDataSource, parseDatabaseUrl, PLATFORM_MIGRATIONS } from '@contactly/platform';
import { createTestDatabase, type TestDatabase } from '@contactly/platform/testing';
import { IDENTITY_PERSISTENCE } from '@contactly/identity/persistence';
import { CUSTOMERS_PERSISTENCE } from '@contactly/customers/persistence';
import { COMMUNICATIONS_PERSISTENCE } from '../src/persistence.js';

const MISSING = 999_999;

/**
 * Reverting the migrations that dropped the foreign keys into other libs' tables (1764000007000 customers,
 * 1764000007100 communications). Without the keys, rows keep ids of records deleted since; putting a key back applies
 * its old ON DELETE rule to them first (CASCADE deletes, SET NULL clears) or, for RESTRICT, stops and names the rows —
 * the same on both dialects.
 */
describe('reverting the cross-lib key migrations with rows that name deleted records', () => {
  let database: TestDatabase;
  let db: DataSource;
  const executed = async () => ((await db.query('SELECT name FROM migrations')) as { name: string }[]).map((m) => m.name);
  const undoUntilGone = async (name: string) => {
    while ((await executed()).includes(name)) await db.undoLastMigration();
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const { migrations } = mergePersistence(IDENTITY_PERSISTENCE, CUSTOMERS_PERSISTENCE, COMMUNICATIONS_PERSISTENCE);
    db = await openDataSource(
      new DataSource(
        dataSourceOptions(parseDatabaseUrl(database.url), { entities: [], migrations: [...PLATFORM_MIGRATIONS, ...migrations] }),
      ),
    );
    await db.runMigrations();
    const [type] = (await db.query('SELECT id FROM communication_type ORDER BY id LIMIT 1')) as { id: number }[];
    const [channel] = (await db.query('SELECT id FROM send_channel_type ORDER BY id LIMIT 1')) as { id: number }[];
    await db.query('INSERT INTO role_communication_permission (role_id, communication_type_id, send_channel_type_id) VALUES (?, ?, ?)', [
      MISSING,
      type.id,
      channel.id,
    ]);
    await db.query(
      'INSERT INTO pending_registration (id, party_type, email, phone, otp_channel, otp_expires_at, attempts, resends, last_sent_at, status, expires_at, user_id, created_at, updated_at) ' +
        "VALUES ('reg-1', 'individual', 'a@example.com', '+79990000000', 'sms', '2026-01-01 00:00:00.000', 0, 0, '2026-01-01 00:00:00.000', 'verified', '2026-01-02 00:00:00.000', ?, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000')",
      [MISSING],
    );
    await db.query(
      'INSERT INTO party (party_type, given_name, family_name, full_name, status, is_customer, affiliate_id, version, created_at, updated_at) ' +
        "VALUES ('individual', 'Orphan', 'Owned', 'Orphan Owned', 'validated', 0, ?, 1, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000')",
      [MISSING],
    );
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('deletes for CASCADE, stops for RESTRICT naming the rows, then clears for SET NULL once those are gone', async () => {
    await undoUntilGone('CommunicationsCrossLibReferences1764000007100');
    expect(await db.query('SELECT * FROM role_communication_permission WHERE role_id = ?', [MISSING])).toEqual([]);
    expect((await db.createQueryRunner().getTable('role_communication_permission'))?.foreignKeys.map((k) => k.name)).toContain(
      'fk_role_communication_permission_role',
    );

    await expect(db.undoLastMigration()).rejects.toThrow('1 row(s) of party name a affiliate that no longer exists (affiliate_id)');
    expect(await executed()).toContain('CustomersCrossLibReferences1764000007000');

    await db.query('DELETE FROM party WHERE affiliate_id = ?', [MISSING]);
    await db.undoLastMigration();
    expect(await executed()).not.toContain('CustomersCrossLibReferences1764000007000');
    expect(await db.query("SELECT user_id FROM pending_registration WHERE id = 'reg-1'")).toEqual([{ user_id: null }]);
    const party = await db.createQueryRunner().getTable('party');
    expect(party?.foreignKeys.map((k) => k.name)).toContain('fk_party_affiliate');
  });
});
