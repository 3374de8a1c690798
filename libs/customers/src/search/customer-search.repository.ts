import { Injectable } from '@nestjs/common';
import { type DataScope, Database, LIKE_ESCAPE, likePrefix } from '@contactly/platform';
import { PartyRepository } from '../party/party.repository.js';
import { digitsOf, normalizeText } from './search-keys.js';

/** The values of `candidateSql`'s scope condition. */
const scopeValues = (scope: DataScope): unknown[] => (scope.kind === 'affiliate' ? [scope.affiliateId] : scope.kind === 'customer' ? [scope.customerId] : []);

/** At most this many candidates are ranked per search; the agent refines beyond that. */
export const SEARCH_CANDIDATE_LIMIT = 500;

export interface SearchHit {
  partyId: number;
  /** 0 exact id, 1 exact key, 2 prefix of a name, 3 prefix of email or phone. */
  rank: number;
}

/**
 * Customer search: each query word must be the start of one of the party's search keys. The
 * longest word drives one range scan of `party_search_key(key)`; the others narrow it.
 */
@Injectable()
export class CustomerSearchRepository {
  constructor(
    private readonly db: Database,
    private readonly parties: PartyRepository,
  ) {}

  async search(q: string, scope: DataScope): Promise<{ hits: SearchHit[]; capped: boolean }> {
    const words = this.wordsOf(q);
    if (!words.length) return { hits: [], capped: false };
    const driver = [...words].sort((a, b) => b.length - a.length)[0];
    const others = words.filter((w) => w !== driver);
    const values = [driver, likePrefix(driver), ...others.map(likePrefix), ...scopeValues(scope)];
    const ranked = (await this.db.manager.query(this.candidateSql(others.length, scope), values)) as { partyId: number | string; best: number | string }[];
    let hits: SearchHit[] = ranked.map((row) => ({ partyId: Number(row.partyId), rank: Number(row.best) }));

    const idWord = q.trim();
    if (/^\d{1,9}$/.test(idWord)) {
      const [byId] = await this.parties.findManyByIds([Number(idWord)], scope);
      if (byId?.party.isCustomer) hits = [{ partyId: byId.party.id, rank: 0 }, ...hits.filter((h) => h.partyId !== byId.party.id)];
    }
    return { hits: hits.slice(0, SEARCH_CANDIDATE_LIMIT), capped: hits.length > SEARCH_CANDIDATE_LIMIT };
  }

  /**
   * Keys exist only for customers and carry the owner, so this is one range scan of a covering index
   * (`key…`, or `affiliate_id, key…` for an affiliate) that stops at the limit; each further word must
   * start another key of the same party. Plain SQL built once per shape: on this hot path a query
   * builder costs more CPU than the query.
   */
  private candidateSql(otherWords: number, scope: DataScope): string {
    const shape = `${otherWords}:${scope.kind}`;
    let sql = this.candidateSqlByShape.get(shape);
    if (!sql) {
      const narrow = Array.from({ length: otherWords }, (_, i) => ` AND EXISTS (SELECT 1 FROM party_search_key k${i} WHERE k${i}.party_id = k.party_id AND k${i}.\`key\` LIKE ? ${LIKE_ESCAPE})`).join('');
      const scoped = { all: '', affiliate: ' AND k.affiliate_id = ?', customer: ' AND k.party_id = ?', none: ' AND 1 = 0' }[scope.kind];
      // The range scan stops at its limit; the database then ranks each party by its best key (exact
      // word, name prefix, email or phone prefix) and keeps the first in key order, so the server
      // handles a few hundred small rows, not thousands.
      const candidates = `SELECT k.party_id, k.\`key\`, k.kind FROM party_search_key k WHERE k.\`key\` LIKE ? ${LIKE_ESCAPE}${narrow}${scoped} ORDER BY k.\`key\` LIMIT ${SEARCH_CANDIDATE_LIMIT * 4}`;
      sql = `SELECT c.party_id AS partyId, MIN(CASE WHEN c.\`key\` = ? THEN 1 WHEN c.kind = 'name' THEN 2 ELSE 3 END) AS best, MIN(c.\`key\`) AS first_key FROM (${candidates}) c GROUP BY c.party_id ORDER BY best, first_key, c.party_id LIMIT ${SEARCH_CANDIDATE_LIMIT + 1}`;
      this.candidateSqlByShape.set(shape, sql);
    }
    return sql;
  }

  private readonly candidateSqlByShape = new Map<string, string>();

  /** Words as the keys were written: normalised names and emails, phone numbers as digits. */
  private wordsOf(q: string): string[] {
    const normalized = normalizeText(q);
    const compact = normalized.replace(/[\s().-]/g, '');
    if (/^\+?\d{3,}$/.test(compact)) return [digitsOf(compact)];
    return [...new Set(normalized.split(/[\s,]+/).filter(Boolean))].slice(0, 5);
  }
}
