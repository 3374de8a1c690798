import { Injectable } from '@nestjs/common';
import { applyListQuery, Database, LIKE_ESCAPE, likePrefix, type ListQuery, Page, updateIfVersion } from '@contactly/platform';
import { User } from '../user/user.entity.js';
import { AFFILIATE_LIST } from './affiliate-list.js';
import { Affiliate } from './affiliate.entity.js';

@Injectable()
export class AffiliateRepository {
  constructor(private readonly db: Database) {}

  private get affiliates() {
    return this.db.repository(Affiliate);
  }

  findById(id: number): Promise<Affiliate | null> {
    return this.affiliates.findOneBy({ id });
  }

  async allIds(): Promise<number[]> {
    return (await this.affiliates.find({ select: { id: true }, order: { id: 'ASC' } })).map((a) => a.id);
  }

  /** Names of affiliates by id (for references to them). */
  /** On the hot path of every customer read: plain SQL, not a query builder. */
  async namesOf(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await this.db.read<{ id: number | string; name: string }>(`SELECT id, name FROM affiliate WHERE id IN (${ids.map(() => '?').join(', ')})`, ids);
    return new Map(rows.map((a) => [Number(a.id), a.name]));
  }

  async nameOrCodeTaken(name: string, code: string, exceptId?: number): Promise<'name' | 'code' | null> {
    const rows = await this.affiliates.find({ where: [{ nameKey: name.toLowerCase() }, { code }] });
    const clash = rows.find((a) => a.id !== exceptId);
    if (!clash) return null;
    return clash.nameKey === name.toLowerCase() ? 'name' : 'code';
  }

  async list(query: ListQuery): Promise<Page<Affiliate>> {
    const qb = this.affiliates.createQueryBuilder('a');
    const q = query.extra.q?.trim();
    if (q) qb.andWhere(`(a.name_key LIKE :q ${LIKE_ESCAPE} OR a.code LIKE :q ${LIKE_ESCAPE})`, { q: likePrefix(q.toLowerCase()) });
    const [items, total] = await applyListQuery(qb, query, AFFILIATE_LIST).getManyAndCount();
    return new Page(items, total, query.fields);
  }

  async credentialCounts(affiliateIds: number[]): Promise<Map<number, number>> {
    if (!affiliateIds.length) return new Map();
    const rows = await this.db
      .repository(User)
      .createQueryBuilder('u')
      .select('u.affiliate_id', 'affiliateId')
      .addSelect('COUNT(*)', 'count')
      .where('u.affiliate_id IN (:...affiliateIds)', { affiliateIds })
      .andWhere('u.kind = :kind', { kind: 'affiliate' })
      .groupBy('u.affiliate_id')
      .getRawMany<{ affiliateId: number; count: string | number }>();
    return new Map(rows.map((r) => [Number(r.affiliateId), Number(r.count)]));
  }

  credentialsOf(affiliateId: number): Promise<User[]> {
    return this.db.repository(User).find({ where: { affiliateId, kind: 'affiliate' }, order: { id: 'ASC' } });
  }

  async insert(affiliate: Omit<Affiliate, 'id' | 'version'>): Promise<Affiliate> {
    const result = await this.affiliates.insert({ ...affiliate, version: 1 });
    return this.affiliates.findOneByOrFail({ id: result.identifiers[0].id as number });
  }

  async update(affiliate: Affiliate, changes: Partial<Affiliate>): Promise<void> {
    await updateIfVersion(this.db.manager, Affiliate, affiliate, changes);
  }

  async delete(id: number): Promise<void> {
    await this.affiliates.delete({ id });
  }
}
