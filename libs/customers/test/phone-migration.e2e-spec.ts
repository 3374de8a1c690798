import { DataSource } from 'typeorm';
import {
  type ClassRef,
  dataSourceOptions,
  mergePersistence,
  openDataSource,
  parseDatabaseUrl,
  PLATFORM_MIGRATIONS,
} from '@contactly/platform';
import { ADMIN_AUTH, createTestDatabase, type TestApp, type TestDatabase } from '@contactly/platform/testing';
import { IDENTITY_PERSISTENCE } from '@contactly/identity/persistence';
import { CUSTOMERS_PERSISTENCE } from '../src/persistence.js';
import { createCustomersTestApp } from './customers-test-app.js';

/** The first migration of issue 13's data entry: the database is built up to just before it, as it was. */
const FIRST = 1764000013100;
const timestampOf = (migration: ClassRef) => Number(/(\d{13})$/.exec(migration.name)?.[1]);

/** Numbers as the old rule stored them (`+` and digits, no other check), and what they become. */
const STORED = [
  { name: 'Trunk', phone: '+4407700900123', after: '+447700900123' },
  { name: 'Fine', phone: '+79161234567', after: '+79161234567' },
  // Not a number of any country: kept as it was (its next edit asks for a valid one), still found by its digits.
  { name: 'Broken', phone: '+44123456', after: '+44123456' },
];

describe('phone numbers of existing customers become E.164 and searchable by their last digits (migration 1764000013150)', () => {
  let database: TestDatabase;
  let t: TestApp;
  const ids = new Map<string, number>();
  const searchIds = async (q: string) =>
    ((await t.http.get('/api/v1/customers/search').query({ q }).set('Authorization', ADMIN_AUTH).expect(200)).body as { id: number }[]).map(
      (h) => Number(h.id),
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    const { migrations } = mergePersistence(IDENTITY_PERSISTENCE, CUSTOMERS_PERSISTENCE);
    const before = [...PLATFORM_MIGRATIONS, ...migrations].filter((m) => timestampOf(m) < FIRST);
    const old = await openDataSource(
      new DataSource(dataSourceOptions(parseDatabaseUrl(database.url), { entities: [], migrations: before })),
    );
    try {
      for (const { name, phone } of STORED) {
        await old.query(
          'INSERT INTO party (party_type, given_name, family_name, full_name, status, is_customer, customer_name, customer_status, phone, version, created_at, updated_at) ' +
            "VALUES ('individual', 'Petra', ?, ?, 'validated', 1, ?, 'active', ?, 1, '2026-01-10 08:00:00.000', '2026-01-10 08:00:00.000')",
          [name, `Petra ${name}`, `Petra ${name}`, phone],
        );
        const [{ id }] = (await old.query('SELECT id FROM party WHERE family_name = ?', [name])) as { id: number | string }[];
        ids.set(name, Number(id));
        await old.query("INSERT INTO contact_medium (party_id, medium_type, preferred, phone_number) VALUES (?, 'phone', 1, ?)", [
          Number(id),
          phone,
        ]);
        // The keys the old code wrote: the digits, and the last 10 of them.
        const digits = phone.slice(1);
        for (const key of new Set([digits, digits.slice(-10), name.toLowerCase()]))
          await old.query('INSERT INTO party_search_key (party_id, `key`, kind) VALUES (?, ?, ?)', [
            Number(id),
            key,
            key === name.toLowerCase() ? 'name' : 'phone',
          ]);
      }
    } finally {
      await old.destroy();
    }
    t = await createCustomersTestApp({ database });
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  it('stores each valid number in E.164 on the party and its contact medium, and leaves a broken one', async () => {
    for (const { name, after } of STORED) {
      const res = await t.http
        .get(`/tmf-api/customerManagement/v4/customer/${ids.get(name)}`)
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(res.body.contactMedium).toEqual([expect.objectContaining({ characteristic: { phoneNumber: after } })]);
      const [row] = (await t.db.dataSource.query('SELECT phone FROM party WHERE id = ?', [ids.get(name)])) as { phone: string }[];
      expect(row.phone).toBe(after);
    }
  });

  it('finds them by the number in any format and by their last digits', async () => {
    expect(await searchIds('07700 900123')).toEqual([ids.get('Trunk')]);
    expect(await searchIds('0123')).toEqual([ids.get('Trunk')]);
    expect(await searchIds('4567')).toEqual([ids.get('Fine')]);
    // A national format is read as DEFAULT_PHONE_REGION's (GB here), so a Russian one is not this number.
    expect(await searchIds('8 916 123-45-67')).toEqual([]);
    expect(await searchIds('+7 916 123')).toEqual([ids.get('Fine')]);
    expect(await searchIds('123456')).toEqual([ids.get('Broken')]);
    // The old key of the trunk-prefixed digits is gone with the number it came from.
    expect(await searchIds('4407700')).toEqual([]);
  });
});
