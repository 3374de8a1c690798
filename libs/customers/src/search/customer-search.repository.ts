import { Injectable } from '@nestjs/common';
import { Database, type DataScope, LIKE_ESCAPE, likePrefix, rowIdOf, scopeSql } from '@contactly/platform';
import { PARTY_SCOPE_COLUMNS } from '../party/party.repository.js';
import { PhoneNumbers } from '../phone/phone-numbers.js';
import { normalizeText, REVERSED_PHONE_MARK, reversedPhoneKey } from './search-keys.js';

/** From this many digits a number is also looked for by its end (`…0123`), not only by its start. */
export const PHONE_SUFFIX_MIN_DIGITS = 4;

/** At most this many matches are ranked per search; the agent refines beyond that. */
export const SEARCH_CANDIDATE_LIMIT = 500;

/** A ranked match, with what the agent's result list shows of the customer. */
export interface SearchHit {
  partyId: number;
  /** 0 exact id, 1 exact key, 2 prefix of a name, 3 prefix of email or phone. */
  rank: number;
  name: string;
  partyType: 'individual' | 'organization';
  status: string | null;
  email: string | null;
  phone: string | null;
  affiliateId: number | null;
}

interface HitRow {
  partyId: number | string;
  best: number | string;
  total: number | string;
  customerName: string | null;
  fullName: string;
  partyType: 'individual' | 'organization';
  customerStatus: string | null;
  email: string | null;
  phone: string | null;
  affiliateId: number | string | null;
}

/**
 * Key rows read per ranked match: a word usually starts one or two keys of a party (`anna` and
 * `anna smith`), so twice the matches wanted is enough to rank them without reading thousands.
 */
const KEYS_PER_MATCH = 2;

/** The shape of one search's SQL: everything that changes its text (not its values). */
interface SearchShape {
  /** Keys the first word may start (several for a phone: as typed, in international form, backwards). */
  alternatives: number;
  otherWords: number;
  byId: boolean;
  /** Only its kind changes the text. */
  scope: DataScope;
}

/** Search keys carry their customer's owner, so the scope applies to the key table as to `party`. */
const KEY_SCOPE_COLUMNS = { affiliate: 'k.affiliate_id', customer: 'k.party_id' };

/**
 * Customer search: each query word must be the start of one of the customer's search keys; a
 * number is also tried as the id. The database does all of it — match, rank, count and page — so
 * the server receives only the page asked for, with what the result list shows, in one round trip: on
 * this hot path, thousands of candidate rows through the driver cost more than the query.
 */
@Injectable()
export class CustomerSearchRepository {
  constructor(
    private readonly db: Database,
    private readonly phones: PhoneNumbers,
  ) {}

  /** A page of the ranked matches (id, exact word, name prefix, then email/phone prefix), and how many there are (at most SEARCH_CANDIDATE_LIMIT). */
  async search(q: string, scope: DataScope, offset: number, limit: number): Promise<{ hits: SearchHit[]; total: number }> {
    const phone = this.phoneKeysOf(q);
    const words = phone ?? this.wordsOf(q);
    if (!words.length || offset >= SEARCH_CANDIDATE_LIMIT) return { hits: [], total: 0 };
    // A phone's forms are alternatives; the words of a name each narrow, the longest one drives the scan.
    const drivers = phone ?? [[...words].sort((a, b) => b.length - a.length)[0]];
    const others = phone ? [] : words.filter((w) => w !== drivers[0]);
    const idWord = q.trim();
    const byId = rowIdOf(idWord) !== -1;
    const sql = this.sqlFor({ alternatives: drivers.length, otherWords: others.length, byId, scope });
    const values = [
      ...drivers,
      ...drivers.flatMap((driver) => [likePrefix(driver), ...others.map(likePrefix), ...scopeSql(scope, KEY_SCOPE_COLUMNS).values]),
      ...(byId ? [Number(idWord), ...scopeSql(scope, PARTY_SCOPE_COLUMNS).values] : []),
    ];
    const page = async (from: number, size: number) => this.db.read<HitRow>(sql, [...values, size, from]);

    const rows = await page(offset, Math.min(limit, SEARCH_CANDIDATE_LIMIT - offset));
    // The count rides on the page's rows; an empty page past the last one (or of size 0) asks the first row for it.
    const total = rows.length ? Number(rows[0].total) : offset > 0 || limit === 0 ? Number((await page(0, 1))[0]?.total ?? 0) : 0;
    const hits = rows.map((row) => ({
      partyId: Number(row.partyId),
      rank: Number(row.best),
      name: row.customerName ?? row.fullName,
      partyType: row.partyType,
      status: row.customerStatus,
      email: row.email,
      phone: row.phone,
      affiliateId: row.affiliateId === null ? null : Number(row.affiliateId),
    }));
    return { hits, total: Math.min(total, SEARCH_CANDIDATE_LIMIT) };
  }

  /**
   * Keys exist only for customers and carry the owner, so matching is one range scan of a covering
   * index (`key…`, or `affiliate_id, key…` for an affiliate) that stops at its limit; each further
   * word must start another key of the same party. Each party is ranked by its best key and ordered
   * by its first key. Plain SQL built once per shape (portable: backticks, `?` and window functions
   * work on MariaDB and SQLite alike).
   */
  private sqlFor(shape: SearchShape): string {
    const id = `${shape.alternatives}:${shape.otherWords}:${shape.byId}:${shape.scope.kind}`;
    let sql = this.sqlByShape.get(id);
    if (sql) return sql;
    const narrow = Array.from(
      { length: shape.otherWords },
      (_, i) =>
        ` AND EXISTS (SELECT 1 FROM party_search_key k${i} WHERE k${i}.party_id = k.party_id AND k${i}.\`key\` LIKE ? ${LIKE_ESCAPE})`,
    ).join('');
    const scan = `SELECT k.party_id, k.\`key\`, k.kind FROM party_search_key k WHERE k.\`key\` LIKE ? ${LIKE_ESCAPE}${narrow}${scopeSql(shape.scope, KEY_SCOPE_COLUMNS).sql} ORDER BY k.\`key\` LIMIT ${SEARCH_CANDIDATE_LIMIT * KEYS_PER_MATCH}`;
    // One range scan per alternative, each stopping at its limit (an OR of them may not).
    const keys = Array.from({ length: shape.alternatives }, (_, i) => `SELECT * FROM (${scan}) s${i}`).join(' UNION ALL ');
    const exact = Array.from({ length: shape.alternatives }, () => '?').join(', ');
    const ranked = `SELECT c.party_id, CASE WHEN c.\`key\` IN (${exact}) THEN 1 WHEN c.kind = 'name' THEN 2 ELSE 3 END AS best, c.\`key\` AS first_key FROM (${keys}) c`;
    const exactId = shape.byId
      ? ` UNION ALL SELECT p.id, 0, '' FROM party p WHERE p.id = ? AND p.is_customer = 1${scopeSql(shape.scope, PARTY_SCOPE_COLUMNS).sql}`
      : '';
    const parties = `SELECT m.party_id, MIN(m.best) AS best, MIN(m.first_key) AS first_key FROM (${ranked}${exactId}) m GROUP BY m.party_id ORDER BY best, first_key, m.party_id LIMIT ${SEARCH_CANDIDATE_LIMIT}`;
    const page = `SELECT r.party_id, r.best, r.first_key, COUNT(*) OVER () AS total FROM (${parties}) r ORDER BY r.best, r.first_key, r.party_id LIMIT ? OFFSET ?`;
    // Only the page's parties are read, each by its primary key, in the same round trip.
    sql =
      'SELECT x.party_id AS partyId, x.best AS best, x.total AS total, p.customer_name AS customerName, p.full_name AS fullName, p.party_type AS partyType, ' +
      `p.customer_status AS customerStatus, p.email AS email, p.phone AS phone, p.affiliate_id AS affiliateId FROM (${page}) x JOIN party p ON p.id = x.party_id ORDER BY x.best, x.first_key, x.party_id`;
    this.sqlByShape.set(id, sql);
    return sql;
  }

  private readonly sqlByShape = new Map<string, string>();

  /**
   * The keys a phone number (in any format, or its last digits) may start, as the keys were
   * written: its digits as typed, in international form (`07700 900` → `447700900`), and from
   * PHONE_SUFFIX_MIN_DIGITS digits on, backwards (`0123` finds numbers ending in 0123). Null when
   * the query is not a number.
   */
  private phoneKeysOf(q: string): string[] | null {
    const compact = q.trim().replace(/[\s().\-/]/g, '');
    if (!/^\+?\d{3,}$/.test(compact)) return null;
    const forms = this.phones.searchDigits(q);
    const digits = compact.replace(/^\+/, '');
    return [...new Set([...forms, ...(digits.length >= PHONE_SUFFIX_MIN_DIGITS ? [reversedPhoneKey(digits)] : [])])];
  }

  /** Words as the keys were written: normalised names and emails (never the mark of a reversed phone key). */
  private wordsOf(q: string): string[] {
    const normalized = normalizeText(q);
    const words = normalized.split(/[\s,]+/).map((word) => (word.startsWith(REVERSED_PHONE_MARK) ? word.replace(/^#+/, '') : word));
    return [...new Set(words.filter(Boolean))].slice(0, 5);
  }
}
