import { Injectable } from '@nestjs/common';
import { applyScope, type DataScope, Database, LIKE_ESCAPE, likePrefix } from '@contactly/platform';
import { PARTY_SCOPE_COLUMNS } from '../party/party.repository.js';
import { Party } from '../party/party.entity.js';
import { PartySearchKey } from './search-key.entity.js';
import { digitsOf, normalizeText } from './search-keys.js';

const KEY_SCOPE_COLUMNS = { affiliate: 'k.affiliate_id', customer: 'k.party_id' };

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
  constructor(private readonly db: Database) {}

  async search(q: string, scope: DataScope): Promise<{ hits: SearchHit[]; capped: boolean }> {
    const words = this.wordsOf(q);
    if (!words.length) return { hits: [], capped: false };
    const driver = [...words].sort((a, b) => b.length - a.length)[0];
    // Keys exist only for customers and carry the owner, so this is one range scan of a covering
    // index (`key…`, or `affiliate_id, key…` for an affiliate) that stops at the limit.
    const qb = this.db
      .repository(PartySearchKey)
      .createQueryBuilder('k')
      .select('k.party_id', 'partyId')
      .addSelect('k.key', 'key')
      .addSelect('k.kind', 'kind')
      .where(`k.key LIKE :driver ${LIKE_ESCAPE}`, { driver: likePrefix(driver) })
      .orderBy('k.key', 'ASC')
      .limit(SEARCH_CANDIDATE_LIMIT * 4);
    words
      .filter((w) => w !== driver)
      .forEach((word, i) => {
        qb.andWhere(`EXISTS (SELECT 1 FROM party_search_key k${i} WHERE k${i}.party_id = k.party_id AND k${i}.key LIKE :w${i} ${LIKE_ESCAPE})`, { [`w${i}`]: likePrefix(word) });
      });
    applyScope(qb, scope, KEY_SCOPE_COLUMNS);
    const rows = await qb.getRawMany<{ partyId: number | string; key: string; kind: string }>();

    const best = new Map<number, number>();
    const consider = (partyId: number, rank: number) => best.set(partyId, Math.min(rank, best.get(partyId) ?? 9));
    const idWord = q.trim();
    if (/^\d{1,9}$/.test(idWord)) {
      const byId = await applyScope(this.db.repository(Party).createQueryBuilder('p').select('p.id', 'id').where('p.id = :id AND p.is_customer = :isCustomer', { id: Number(idWord), isCustomer: true }), scope, PARTY_SCOPE_COLUMNS).getRawOne<{ id: number }>();
      if (byId) consider(Number(byId.id), 0);
    }
    for (const row of rows) {
      const partyId = Number(row.partyId);
      consider(partyId, row.key === driver ? 1 : row.kind === 'name' ? 2 : 3);
    }
    const hits = [...best].map(([partyId, rank]) => ({ partyId, rank }));
    return { hits: hits.slice(0, SEARCH_CANDIDATE_LIMIT), capped: hits.length > SEARCH_CANDIDATE_LIMIT || rows.length === SEARCH_CANDIDATE_LIMIT * 4 };
  }

  /** Words as the keys were written: normalised names and emails, phone numbers as digits. */
  private wordsOf(q: string): string[] {
    const normalized = normalizeText(q);
    const compact = normalized.replace(/[\s().-]/g, '');
    if (/^\+?\d{3,}$/.test(compact)) return [digitsOf(compact)];
    return [...new Set(normalized.split(/[\s,]+/).filter(Boolean))].slice(0, 5);
  }
}
