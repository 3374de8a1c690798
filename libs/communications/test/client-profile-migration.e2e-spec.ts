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
import { CUSTOMERS_PERSISTENCE } from '@contactly/customers/persistence';
import { COMMUNICATIONS_PERSISTENCE } from '../src/persistence.js';
import { createCommunicationsTestApp } from './communications-test-app.js';

/** The migration that copies the client attributes out of `party` (1764000007600); 1764000007650 then drops them there. */
const COPY = 1764000007600;
const timestampOf = (migration: ClassRef) => Number(/(\d{13})$/.exec(migration.name)?.[1]);

interface PartyBefore {
  name: string;
  isCustomer: boolean;
  available: boolean;
  timeZone: string | null;
  socialMedia: string | null;
  version: number;
}

/**
 * The client attributes move from the customers lib's `party` to the communications platform's
 * `client_profile` without losing a value: parties written on a database migrated up to just before
 * the copy read back the same through the API once the remaining migrations ran.
 */
describe('moving the client attributes out of party (migrations 1764000007600 and 1764000007650)', () => {
  let database: TestDatabase;
  let t: TestApp;
  const ids = new Map<string, number>();
  const parties: PartyBefore[] = [
    {
      name: 'Unavailable',
      isCustomer: true,
      available: false,
      timeZone: 'Europe/Moscow',
      socialMedia: '{"telegram":"@anna","vk":"id1"}',
      version: 3,
    },
    { name: 'Defaults', isCustomer: true, available: true, timeZone: null, socialMedia: null, version: 1 },
    { name: 'Zoned', isCustomer: true, available: true, timeZone: 'Asia/Tokyo', socialMedia: null, version: 2 },
    { name: 'Social', isCustomer: true, available: true, timeZone: null, socialMedia: '{"ok":"Иван Петров"}', version: 5 },
    // Not a customer now (a client that was deleted): its attributes come back if it becomes one again.
    { name: 'Former', isCustomer: false, available: false, timeZone: 'Asia/Omsk', socialMedia: null, version: 4 },
  ];

  beforeAll(async () => {
    database = await createTestDatabase();
    const { migrations } = mergePersistence(IDENTITY_PERSISTENCE, CUSTOMERS_PERSISTENCE, COMMUNICATIONS_PERSISTENCE);
    const before = [...PLATFORM_MIGRATIONS, ...migrations].filter((m) => timestampOf(m) < COPY);
    const old = await openDataSource(
      new DataSource(dataSourceOptions(parseDatabaseUrl(database.url), { entities: [], migrations: before })),
    );
    try {
      for (const party of parties) {
        await old.query(
          'INSERT INTO party (party_type, given_name, family_name, full_name, status, is_customer, customer_name, customer_status, email, available, time_zone, social_media, version, created_at, updated_at) ' +
            "VALUES ('individual', 'Anna', ?, ?, 'validated', ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-10 08:00:00.000', '2026-01-12 09:30:00.000')",
          [
            party.name,
            `Anna ${party.name}`,
            party.isCustomer ? 1 : 0,
            party.isCustomer ? `Anna ${party.name}` : null,
            party.isCustomer ? 'active' : null,
            `${party.name.toLowerCase()}@example.com`,
            party.available ? 1 : 0,
            party.timeZone,
            party.socialMedia,
            party.version,
          ],
        );
        const [{ id }] = (await old.query('SELECT id FROM party WHERE family_name = ?', [party.name])) as { id: number | string }[];
        ids.set(party.name, Number(id));
        await old.query("INSERT INTO contact_medium (party_id, medium_type, preferred, email_address) VALUES (?, 'email', 1, ?)", [
          Number(id),
          `${party.name.toLowerCase()}@example.com`,
        ]);
      }
    } finally {
      await old.destroy();
    }
    t = await createCommunicationsTestApp({ database });
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  it('reads every client’s availability, time zone and social media back through the API, with the ETag it had', async () => {
    for (const party of parties.filter((p) => p.isCustomer)) {
      const id = ids.get(party.name)!;
      const res = await t.http.get(`/api/v1/clients/${id}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(res.body).toMatchObject({
        clientId: id,
        available: party.available,
        socialMedia: party.socialMedia && JSON.parse(party.socialMedia),
        updateTime: '2026-01-12T09:30:00.000+00:00',
      });
      // The time zone and the email are no document keys: the list gives them when `fields` asks.
      const listed = await t.http
        .get('/api/v1/clients')
        .query({ clientId: id, fields: 'clientId,timeZone,email' })
        .set('Authorization', ADMIN_AUTH)
        .expect(200);
      expect(listed.body).toEqual([{ clientId: id, timeZone: party.timeZone, email: `${party.name.toLowerCase()}@example.com` }]);
      expect(res.headers.etag).toBe(`"${party.version}"`);
    }
  });

  it('copies only what differs from the defaults, for customers and other parties alike, and leaves party without the columns', async () => {
    const rows = (await t.db.dataSource.query('SELECT client_id AS id FROM client_profile ORDER BY client_id')) as {
      id: number | string;
    }[];
    expect(rows.map((r) => Number(r.id))).toEqual(['Unavailable', 'Zoned', 'Social', 'Former'].map((name) => ids.get(name)));
    const partyColumns = (await t.db.dataSource.createQueryRunner().getTable('party'))!.columns.map((c) => c.name);
    expect(partyColumns.filter((c) => ['available', 'time_zone', 'social_media'].includes(c))).toEqual([]);
  });

  it('keeps the parties’ contact media through the table change', async () => {
    const id = ids.get('Unavailable')!;
    const party = await t.http.get(`/tmf-api/party/v4/individual/${id}`).set('Authorization', ADMIN_AUTH).expect(200);
    expect(party.body.contactMedium).toEqual([
      expect.objectContaining({
        mediumType: 'email',
        characteristic: expect.objectContaining({ emailAddress: 'unavailable@example.com' }),
      }),
    ]);
  });

  it('lists by the copied availability, and gives a former client its attributes back when it becomes a customer again', async () => {
    const unavailable = (
      await t.http.get('/api/v1/clients').query({ available: 'false' }).set('Authorization', ADMIN_AUTH).expect(200)
    ).body.map((c: { clientId: number }) => c.clientId);
    expect(unavailable).toEqual([ids.get('Unavailable')]);
    const available = (await t.http.get('/api/v1/clients/available').set('Authorization', ADMIN_AUTH).expect(200)).body.map(
      (c: { clientId: number }) => c.clientId,
    );
    expect(available).toEqual(['Defaults', 'Zoned', 'Social'].map((name) => ids.get(name)));

    const former = ids.get('Former')!;
    await t.http
      .post('/tmf-api/customerManagement/v4/customer')
      .set('Authorization', ADMIN_AUTH)
      .send({ name: 'Anna Former', engagedParty: { id: String(former) } })
      .expect(201);
    const res = await t.http
      .get('/api/v1/clients')
      .query({ clientId: former, fields: 'clientId,available,timeZone' })
      .set('Authorization', ADMIN_AUTH)
      .expect(200);
    expect(res.body).toEqual([{ clientId: former, available: false, timeZone: 'Asia/Omsk' }]);
  });
});
