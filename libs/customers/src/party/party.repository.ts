import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { applyListQuery, applyScope, type DataScope, Database, type ListQuery, type ListSpec, Page, updateIfVersion } from '@contactly/platform';
import { PartySearchKey } from '../search/search-key.entity.js';
import { normalizeText, searchKeysOf } from '../search/search-keys.js';
import { ContactMedium } from './contact-medium.entity.js';
import type { ContactMediumValues } from './contact-media.js';
import { Party } from './party.entity.js';

export interface PartyRecord {
  party: Party;
  media: ContactMedium[];
}

export const PARTY_SCOPE_COLUMNS = { affiliate: 'p.affiliate_id', customer: 'p.id' };

/**
 * All queries on parties. Every read takes the caller's DataScope: a party outside it does not
 * exist for that caller.
 */
@Injectable()
export class PartyRepository {
  constructor(private readonly db: Database) {}

  private get parties() {
    return this.db.repository(Party);
  }

  async findById(id: number, scope: DataScope, where: Partial<Pick<Party, 'partyType' | 'isCustomer'>> = {}): Promise<PartyRecord | null> {
    const qb = this.parties.createQueryBuilder('p').where('p.id = :id', { id });
    if (where.partyType) qb.andWhere('p.party_type = :partyType', { partyType: where.partyType });
    if (where.isCustomer !== undefined) qb.andWhere('p.is_customer = :isCustomer', { isCustomer: where.isCustomer });
    const party = await applyScope(qb, scope, PARTY_SCOPE_COLUMNS).getOne();
    if (!party) return null;
    return { party, media: await this.mediaOf([id]).then((m) => m.get(id) ?? []) };
  }

  async list(query: ListQuery, spec: ListSpec, scope: DataScope, where: Partial<Pick<Party, 'partyType' | 'isCustomer'>>): Promise<Page<PartyRecord>> {
    const qb = this.parties.createQueryBuilder('p');
    if (where.partyType) qb.andWhere('p.party_type = :partyType', { partyType: where.partyType });
    if (where.isCustomer !== undefined) qb.andWhere('p.is_customer = :isCustomer', { isCustomer: where.isCustomer });
    applyScope(qb, scope, PARTY_SCOPE_COLUMNS);
    const [parties, total] = await applyListQuery(qb, query, spec).getManyAndCount();
    const media = await this.mediaOf(parties.map((p) => p.id));
    return new Page(parties.map((party) => ({ party, media: media.get(party.id) ?? [] })), total, query.fields);
  }

  async mediaOf(partyIds: number[]): Promise<Map<number, ContactMedium[]>> {
    const byParty = new Map<number, ContactMedium[]>();
    if (!partyIds.length) return byParty;
    const rows = await this.db.repository(ContactMedium).find({ where: { partyId: In(partyIds) }, order: { id: 'ASC' } });
    for (const row of rows) byParty.set(row.partyId, [...(byParty.get(row.partyId) ?? []), row]);
    return byParty;
  }

  /** Parties by id within the scope, in the order asked. */
  async findManyByIds(ids: number[], scope: DataScope): Promise<PartyRecord[]> {
    if (!ids.length) return [];
    const parties = await applyScope(this.parties.createQueryBuilder('p').where('p.id IN (:...ids)', { ids }), scope, PARTY_SCOPE_COLUMNS).getMany();
    const media = await this.mediaOf(parties.map((p) => p.id));
    const byId = new Map(parties.map((p) => [p.id, p]));
    return ids.flatMap((id) => (byId.has(id) ? [{ party: byId.get(id)!, media: media.get(id) ?? [] }] : []));
  }

  async insert(party: Omit<Party, 'id' | 'version' | 'affiliate'>, media: ContactMediumValues[]): Promise<Party> {
    const result = await this.parties.insert({ ...party, version: 1 });
    const id = result.identifiers[0].id as number;
    await this.replaceMedia(id, media);
    const saved = await this.parties.findOneByOrFail({ id });
    await this.replaceSearchKeys(saved);
    return saved;
  }

  /** Optimistic update; media are replaced when given; search keys follow the new values. */
  async update(party: Party, changes: Partial<Party>, media?: ContactMediumValues[]): Promise<Party> {
    const mediaChanged = media !== undefined && (await this.mediaDiffers(party.id, media));
    const written = await updateIfVersion(this.db.manager, Party, party, changes, mediaChanged);
    if (!written) return party;
    if (mediaChanged) await this.replaceMedia(party.id, media);
    const saved = await this.parties.findOneByOrFail({ id: party.id });
    await this.replaceSearchKeys(saved);
    return saved;
  }

  /**
   * Whether a customer already has this email as its (preferred) address: one probe of the
   * search-key index, then the exact address, so it stays fast at a million customers.
   */
  async customerEmailTaken(email: string): Promise<boolean> {
    const found = await this.parties
      .createQueryBuilder('p')
      .innerJoin(PartySearchKey, 'k', 'k.party_id = p.id AND k.key = :key AND k.kind = :kind', { key: normalizeText(email), kind: 'email' })
      .select('p.id', 'id')
      .where('p.is_customer = :isCustomer AND p.email = :email', { isCustomer: true, email: email.toLowerCase() })
      .limit(1)
      .getRawOne<{ id: number }>();
    return Boolean(found);
  }

  async any(): Promise<boolean> {
    return (await this.parties.createQueryBuilder('p').select('p.id').limit(1).getOne()) !== null;
  }

  async delete(id: number): Promise<void> {
    await this.parties.delete({ id });
  }

  private async mediaDiffers(partyId: number, media: ContactMediumValues[]): Promise<boolean> {
    const current = ((await this.mediaOf([partyId])).get(partyId) ?? []).map(({ id: _id, partyId: _partyId, party: _party, ...values }) => values);
    return JSON.stringify(current) !== JSON.stringify(media);
  }

  private async replaceMedia(partyId: number, media: ContactMediumValues[]): Promise<void> {
    const repo = this.db.repository(ContactMedium);
    await repo.delete({ partyId });
    if (media.length) await repo.insert(media.map((m) => ({ ...m, partyId })));
  }

  private async replaceSearchKeys(party: Party): Promise<void> {
    const repo = this.db.repository(PartySearchKey);
    await repo.delete({ partyId: party.id });
    const keys = searchKeysOf(party);
    if (keys.length) await repo.insert(keys.map((k) => ({ partyId: party.id, key: k.key, kind: k.kind })));
  }
}
