// Generates N customers (default 1,000,000) straight into a MariaDB database, with their contact
// media and search keys, in large multi-row INSERTs. Uses the built server's own code for the row
// shapes and search keys (npm run build:server first), and runs the migrations itself.
//   node bench/generate-customers.js [count]   (BENCH_DATABASE_URL, default mariadb://root@127.0.0.1:3306/contactly_bench)
import 'reflect-metadata';
import mysql from 'mysql2/promise';
import { DataSource } from 'typeorm';
import {
  dataSourceOptions,
  openDataSource,
  parseDatabaseUrl,
  PLATFORM_ENTITIES,
  PLATFORM_MIGRATIONS,
} from '../dist/libs/platform/src/index.js';
import { DOMAIN_ENTITIES, DOMAIN_MIGRATIONS } from '../dist/apps/api/src/app.module.js';
import { demoCustomer } from '../dist/libs/customers/src/demo/customers-demo-data.js';
import { searchKeysOf } from '../dist/libs/customers/src/search/search-keys.js';

const count = Number(process.argv[2] ?? 1_000_000);
const url = process.env.BENCH_DATABASE_URL ?? 'mariadb://root@127.0.0.1:3306/contactly_bench';
const BATCH = 2000;

// Surnames from syllables, so a million customers have tens of thousands of distinct names.
const SYLLABLES = [
  'an',
  'ber',
  'cor',
  'dal',
  'en',
  'for',
  'gan',
  'hol',
  'ir',
  'jan',
  'kov',
  'lin',
  'mor',
  'nes',
  'ol',
  'pet',
  'ros',
  'sen',
  'tur',
  'ul',
  'var',
  'wen',
  'yan',
  'zel',
];
const CYR = [
  'ан',
  'бер',
  'вол',
  'гор',
  'дан',
  'ев',
  'жук',
  'зар',
  'ков',
  'лев',
  'мир',
  'нов',
  'ор',
  'пет',
  'рус',
  'сем',
  'тар',
  'уль',
  'фед',
  'хол',
];
const surname = (i, cyrillic) => {
  const parts = cyrillic ? CYR : SYLLABLES;
  const a = parts[i % parts.length];
  const b = parts[Math.floor(i / parts.length) % parts.length];
  const c = parts[Math.floor(i / (parts.length * parts.length)) % parts.length];
  const word = `${a}${b}${c}${cyrillic ? 'ов' : 'son'}`;
  return word.charAt(0).toUpperCase() + word.slice(1);
};

async function main() {
  const settings = parseDatabaseUrl(url);
  const dataSource = await openDataSource(
    new DataSource(
      dataSourceOptions(settings, {
        entities: [...PLATFORM_ENTITIES, ...DOMAIN_ENTITIES],
        migrations: [...PLATFORM_MIGRATIONS, ...DOMAIN_MIGRATIONS],
      }),
    ),
  );
  await dataSource.destroy();
  const db = await mysql.createConnection({
    host: settings.host,
    port: settings.port,
    user: settings.username,
    password: settings.password,
    database: settings.database,
    charset: 'utf8mb4',
  });
  const [[{ existing }]] = await db.query('SELECT COUNT(*) AS existing FROM party');
  const [affiliates] = await db.query('SELECT id FROM affiliate ORDER BY id');
  const owners = [null, ...affiliates.map((a) => a.id)];
  const [[{ next }]] = await db.query('SELECT COALESCE(MAX(id), 0) + 1 AS next FROM party');
  const started = Date.now();
  const now = new Date();
  await db.query('SET unique_checks = 0, foreign_key_checks = 0');
  for (let from = 0; from < count; from += BATCH) {
    const parties = [];
    const media = [];
    const keys = [];
    for (let i = from; i < Math.min(count, from + BATCH); i += 1) {
      const id = Number(next) + i;
      const { party, media: partyMedia } = demoCustomer(i, owners[i % owners.length], now);
      if (party.partyType === 'individual') {
        party.familyName = surname(i, /[а-я]/i.test(party.givenName ?? ''));
        party.fullName = `${party.givenName} ${party.familyName}`;
        party.customerName = party.fullName;
      }
      // Spread over the last ten years (the demo's own spacing would run into year 0 at a million).
      party.createdAt = party.updatedAt = party.customerSince = new Date(now.getTime() - (i % 3650) * 86_400_000 - (i % 86_400) * 1000);
      party.email = party.email.replace('@', `.${id}@`);
      partyMedia[0].emailAddress = party.email;
      party.phone = `+${String(440000000000 + id)}`;
      partyMedia[1].phoneNumber = party.phone;
      parties.push([
        id,
        party.partyType,
        party.givenName,
        null,
        party.familyName,
        null,
        null,
        party.birthDate,
        party.nationality,
        party.tradingName,
        party.legalName,
        party.organizationType,
        party.fullName,
        party.status,
        1,
        party.customerName,
        party.customerStatus,
        party.customerStatusReason,
        party.customerSince,
        party.affiliateId,
        party.email,
        party.phone,
        1,
        party.createdAt,
        party.updatedAt,
      ]);
      for (const m of partyMedia)
        media.push([
          id,
          m.mediumType,
          m.preferred ? 1 : 0,
          m.emailAddress,
          m.phoneNumber,
          m.street1,
          null,
          m.city,
          m.postCode,
          null,
          m.country,
        ]);
      for (const k of searchKeysOf(party)) keys.push([id, party.affiliateId, k.key, k.kind]);
    }
    await db.query(
      'INSERT INTO party (id, party_type, given_name, middle_name, family_name, title, gender, birth_date, nationality, trading_name, legal_name, organization_type, full_name, status, is_customer, customer_name, customer_status, customer_status_reason, customer_since, affiliate_id, email, phone, version, created_at, updated_at) VALUES ?',
      [parties],
    );
    await db.query(
      'INSERT INTO contact_medium (party_id, medium_type, preferred, email_address, phone_number, street1, street2, city, post_code, state_or_province, country) VALUES ?',
      [media],
    );
    await db.query('INSERT IGNORE INTO party_search_key (party_id, affiliate_id, `key`, kind) VALUES ?', [keys]);
    if ((from / BATCH) % 50 === 0)
      process.stdout.write(`\r${from + parties.length} / ${count} customers (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  await db.query('SET unique_checks = 1, foreign_key_checks = 1');
  await db.query('ANALYZE TABLE party, contact_medium, party_search_key');
  process.stdout.write(`\nGenerated ${count} customers (after ${existing} existing) in ${Math.round((Date.now() - started) / 1000)} s\n`);
  await db.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
