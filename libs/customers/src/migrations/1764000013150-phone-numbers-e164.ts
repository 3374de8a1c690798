import type { MigrationInterface, QueryRunner } from 'typeorm';
import { parsePhone } from '../phone/phone-number.js';

const PAGE = 5000;

/** Stored numbers all carry a country code (the old rule refused any without), so the region does not matter. */
const e164Of = (stored: string): string | null => {
  const parsed = parsePhone(stored, 'GB');
  return parsed.ok && parsed.e164 !== stored ? parsed.e164 : null;
};

/** The phone search keys of migration time: all digits, the last 10, all backwards (see search-keys.ts). */
const phoneKeysOf = (phone: string): string[] => {
  const digits = phone.replace(/\D/g, '');
  return [...new Set([digits, ...(digits.length > 10 ? [digits.slice(-10)] : []), `#${[...digits].reverse().join('')}`])];
};

/**
 * Phones become E.164 as libphonenumber writes them (a stored `+4407700900123` becomes
 * `+447700900123`); a stored number that is not valid is left as it is — refusing it now would
 * lose it, and its next edit asks for a valid one. Then every customer's phone search keys are
 * written again, with the new key of its digits backwards (searches by the last digits). Down
 * drops those keys; the numbers keep their E.164 form (it is the same number).
 */
export class PhoneNumbersE1641764000013150 implements MigrationInterface {
  name = 'PhoneNumbersE1641764000013150';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.normalise(queryRunner, 'contact_medium', 'phone_number', 'id');
    await this.normalise(queryRunner, 'party', 'phone', 'id');
    await this.normalise(queryRunner, 'pending_registration', 'phone', 'id');
    await this.rewritePhoneKeys(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM party_search_key WHERE kind = 'phone' AND `key` LIKE '#%'");
  }

  /** Pages by the key column, changing only the numbers whose E.164 form differs. */
  private async normalise(queryRunner: QueryRunner, table: string, column: string, key: string): Promise<void> {
    let after: string | number | null = null;
    for (;;) {
      const rows: { k: string | number; v: string }[] = await queryRunner.query(
        `SELECT ${key} AS k, ${column} AS v FROM ${table} WHERE ${column} IS NOT NULL${after === null ? '' : ` AND ${key} > ?`} ORDER BY ${key} LIMIT ${PAGE}`,
        after === null ? [] : [after],
      );
      for (const row of rows) {
        const e164 = e164Of(row.v);
        if (e164) await queryRunner.query(`UPDATE ${table} SET ${column} = ? WHERE ${key} = ?`, [e164, row.k]);
      }
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].k;
    }
  }

  private async rewritePhoneKeys(queryRunner: QueryRunner): Promise<void> {
    let after = 0;
    for (;;) {
      const parties: { id: number | string; phone: string; affiliateId: number | string | null }[] = await queryRunner.query(
        `SELECT id, phone, affiliate_id AS affiliateId FROM party WHERE is_customer = 1 AND phone IS NOT NULL AND id > ? ORDER BY id LIMIT ${PAGE}`,
        [after],
      );
      if (!parties.length) return;
      const ids = parties.map((p) => Number(p.id));
      await queryRunner.query(`DELETE FROM party_search_key WHERE kind = 'phone' AND party_id IN (${ids.map(() => '?').join(', ')})`, ids);
      const rows = parties.flatMap((p) =>
        phoneKeysOf(p.phone).map((key) => [Number(p.id), key, p.affiliateId === null ? null : Number(p.affiliateId), 'phone']),
      );
      // A phone key equal to a name key of the same party (a name of digits) keeps the name's row.
      const ignore = queryRunner.connection.options.type === 'better-sqlite3' ? 'INSERT OR IGNORE' : 'INSERT IGNORE';
      for (let from = 0; from < rows.length; from += 500) {
        const batch = rows.slice(from, from + 500);
        await queryRunner.query(
          `${ignore} INTO party_search_key (party_id, \`key\`, affiliate_id, kind) VALUES ${batch.map(() => '(?, ?, ?, ?)').join(', ')}`,
          batch.flat(),
        );
      }
      after = ids[ids.length - 1];
      if (parties.length < PAGE) return;
    }
  }
}
