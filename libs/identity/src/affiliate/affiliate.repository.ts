import { Injectable } from '@nestjs/common';
import { applyListQuery, Database, LIKE_ESCAPE, likePrefix, type ListQuery, Page, updateIfVersion } from '@contactly/platform';
import { User } from '../user/user.entity.js';
import { AFFILIATE_LIST } from './affiliate-list.js';
import { Affiliate } from './affiliate.entity.js';

const NAME_TTL_MS = 30_000;
const NAME_CACHE_MAX = 10_000;

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

  /**
   * Names of affiliates by id, for references to them. Every customer read shows one and they
   * change rarely, so each is kept NAME_TTL_MS in this process (bounded), and dropped here at once
   * when this instance renames or deletes it; another instance's rename shows within the TTL.
   */
  async namesOf(ids: number[]): Promise<Map<number, string>> {
    const found = new Map<number, string>();
    const now = Date.now();
    const missing = [...new Set(ids)].filter((id) => {
      const cached = this.names.get(id);
      if (cached && cached.until > now) found.set(id, cached.name);
      return !found.has(id);
    });
    if (!missing.length) return found;
    const rows = await this.db.read<{ id: number | string; name: string }>(
      `SELECT id, name FROM affiliate WHERE id IN (${missing.map(() => '?').join(', ')})`,
      missing,
    );
    if (this.names.size + rows.length > NAME_CACHE_MAX) this.names.clear();
    for (const row of rows) {
      found.set(Number(row.id), row.name);
      this.names.set(Number(row.id), { name: row.name, until: now + NAME_TTL_MS });
    }
    return found;
  }

  private readonly names = new Map<number, { name: string; until: number }>();

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
    this.names.delete(affiliate.id);
    await updateIfVersion(this.db.manager, Affiliate, affiliate, changes);
  }

  async delete(id: number): Promise<void> {
    this.names.delete(id);
    await this.affiliates.delete({ id });
  }
}
