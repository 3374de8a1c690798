import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  applyListQuery,
  applyScope,
  Database,
  type DataScope,
  hydrate,
  type ListQuery,
  type ListSpec,
  Page,
  replaceChildRows,
  scopeSql,
  selectColumns,
  TotalCache,
  updateIfVersion,
} from '@contactly/platform';
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
  /** Lists of a million customers count their total once per few seconds, not per page. */
  private readonly totals = new TotalCache();

  constructor(private readonly db: Database) {}

  private get parties() {
    return this.db.repository(Party);
  }

  /** The party and its contact media, within the scope. */
  async findById(id: number, scope: DataScope, where: Partial<Pick<Party, 'partyType' | 'isCustomer'>> = {}): Promise<PartyRecord | null> {
    const conditions: [string, unknown][] = [['p.id = ?', id]];
    if (where.partyType) conditions.push(['p.party_type = ?', where.partyType]);
    if (where.isCustomer !== undefined) conditions.push(['p.is_customer = ?', where.isCustomer ? 1 : 0]);
    return (await this.loadRecords(conditions, scope))[0] ?? null;
  }

  async list(
    query: ListQuery,
    spec: ListSpec,
    scope: DataScope,
    where: Partial<Pick<Party, 'partyType' | 'isCustomer'>>,
  ): Promise<Page<PartyRecord>> {
    const qb = this.parties.createQueryBuilder('p');
    if (where.partyType) qb.andWhere('p.party_type = :partyType', { partyType: where.partyType });
    if (where.isCustomer !== undefined) qb.andWhere('p.is_customer = :isCustomer', { isCustomer: where.isCustomer });
    applyScope(qb, scope, PARTY_SCOPE_COLUMNS);
    const parties = await applyListQuery(qb, query, spec).getMany();
    const total = await this.totals.get(JSON.stringify([scope, where, query.filters]), async () =>
      Number(
        (await qb.clone().orderBy().offset(undefined).limit(undefined).select('COUNT(*)', 'n').getRawOne<{ n: number | string }>())?.n ?? 0,
      ),
    );
    const media = await this.mediaOf(parties.map((p) => p.id));
    return new Page(
      parties.map((party) => ({ party, media: media.get(party.id) ?? [] })),
      total,
      query.fields,
    );
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
    const records = await this.loadRecords([[`p.id IN (${ids.map(() => '?').join(', ')})`, ids]], scope);
    const byId = new Map(records.map((r) => [r.party.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * The hot path of customer reads and searches: parties and their contact media in one round
   * trip, as plain SQL built once per shape from the entity metadata (query builders cost more CPU
   * per request than the query itself). Portable: backticks and `?` work on MariaDB and SQLite alike.
   * A condition's value may be an array (spread into its `?`s).
   */
  private async loadRecords(conditions: [string, unknown][], scope: DataScope): Promise<PartyRecord[]> {
    if (scope.kind === 'none') return [];
    const scoped = scopeSql(scope, PARTY_SCOPE_COLUMNS);
    const where = conditions.map(([sql]) => sql).join(' AND ') + scoped.sql;
    let sql = this.recordSql.get(where);
    if (!sql) {
      const { dataSource } = this.db;
      sql = `SELECT ${selectColumns(dataSource, Party, 'p', 'p__')}, ${selectColumns(dataSource, ContactMedium, 'm', 'm__')} FROM party p LEFT JOIN contact_medium m ON m.party_id = p.id WHERE ${where} ORDER BY p.id, m.id`;
      if (this.recordSql.size < 200) this.recordSql.set(where, sql);
    }
    const rows = await this.db.read(sql, [...conditions.flatMap(([, value]) => value), ...scoped.values]);
    const records: PartyRecord[] = [];
    for (const row of rows) {
      if (records.at(-1)?.party.id !== Number(row.p__id))
        records.push({ party: hydrate(this.db.dataSource, Party, row, 'p__'), media: [] });
      if (row.m__id !== null) records.at(-1)!.media.push(hydrate(this.db.dataSource, ContactMedium, row, 'm__'));
    }
    return records;
  }

  private readonly recordSql = new Map<string, string>();

  async insert(party: Omit<Party, 'id' | 'version' | 'affiliate'>, media: ContactMediumValues[]): Promise<Party> {
    const result = await this.parties.insert({ ...party, version: 1 });
    const id = result.identifiers[0].id as number;
    await this.replaceMedia(id, media, true);
    const saved = await this.parties.findOneByOrFail({ id });
    await this.replaceSearchKeys(saved, true);
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

  /**
   * The customers (within the scope) whose preferred email is one of these, keyed by the email in
   * lower case: one probe of the search-key index for the lot. Where two customers share an
   * address, the older one (lower id) answers.
   */
  async customerIdsByEmail(emails: readonly string[], scope: DataScope): Promise<Map<string, number>> {
    const wanted = [...new Set(emails.map((email) => email.trim().toLowerCase()).filter(Boolean))];
    const found = new Map<string, number>();
    if (!wanted.length) return found;
    const qb = this.parties
      .createQueryBuilder('p')
      .innerJoin(PartySearchKey, 'k', 'k.party_id = p.id AND k.key IN (:...keys) AND k.kind = :kind', {
        keys: [...new Set(wanted.map(normalizeText))],
        kind: 'email',
      })
      .select('p.id', 'id')
      .addSelect('p.email', 'email')
      .where('p.is_customer = :isCustomer AND p.email IN (:...emails)', { isCustomer: true, emails: wanted })
      .orderBy('p.id', 'ASC');
    for (const row of await applyScope(qb, scope, PARTY_SCOPE_COLUMNS).getRawMany<{ id: number | string; email: string }>()) {
      if (!found.has(row.email)) found.set(row.email, Number(row.id));
    }
    return found;
  }

  async any(): Promise<boolean> {
    return (await this.parties.createQueryBuilder('p').select('p.id').limit(1).getOne()) !== null;
  }

  /** How many parties the affiliate owns, and the ids of the first `max`. */
  async ownedBy(affiliateId: number, max: number): Promise<{ count: number; ids: number[] }> {
    const ids = (await this.parties.find({ select: { id: true }, where: { affiliateId }, order: { id: 'ASC' }, take: max })).map(
      (p) => p.id,
    );
    return { count: ids.length < max ? ids.length : await this.parties.countBy({ affiliateId }), ids };
  }

  async delete(id: number): Promise<void> {
    await this.parties.delete({ id });
  }

  private async mediaDiffers(partyId: number, media: ContactMediumValues[]): Promise<boolean> {
    const current = ((await this.mediaOf([partyId])).get(partyId) ?? []).map(
      ({ id: _id, partyId: _partyId, party: _party, ...values }) => values,
    );
    return JSON.stringify(current) !== JSON.stringify(media);
  }

  /** `fresh`: the party was created in this transaction, so it has no media yet. */
  private async replaceMedia(partyId: number, media: ContactMediumValues[], fresh = false): Promise<void> {
    await replaceChildRows(
      this.db.repository(ContactMedium),
      { partyId },
      media.map((m) => ({ ...m, partyId })),
      { fresh },
    );
  }

  /** Only customers are searched for, so only customers have keys. */
  private async replaceSearchKeys(party: Party, fresh = false): Promise<void> {
    const keys = party.isCustomer ? searchKeysOf(party) : [];
    await replaceChildRows(
      this.db.repository(PartySearchKey),
      { partyId: party.id },
      keys.map((k) => ({ partyId: party.id, affiliateId: party.affiliateId, key: k.key, kind: k.kind })),
      { fresh },
    );
  }
}
