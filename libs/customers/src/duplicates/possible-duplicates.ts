import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { applyScope, conflict, Database, type DataScope, lockRows, tmfHref } from '@contactly/platform';
import { CUSTOMERS_ERRORS } from '../customers-errors.js';
import { PARTY_SCOPE_COLUMNS } from '../party/party.repository.js';
import { Party } from '../party/party.entity.js';
import { CUSTOMER_PATH } from '../party/tmf-paths.js';
import { PartySearchKey } from '../search/search-key.entity.js';
import { digitsOf, normalizeText } from '../search/search-keys.js';
import { CONTACT_CLAIM_BUCKETS, ContactClaim } from './contact-claim.entity.js';
import { type DuplicateMatch, matchedInWords, type NewContacts, type PossibleDuplicateView } from './possible-duplicate.js';

/** More than this many look-alikes are not worth listing: the agent searches instead. */
const MAX_LISTED = 10;

/**
 * Customers that a new one may be the same person as: another customer in the caller's scope with
 * the same (preferred) email or phone. Found through the search-key index (keys exist only for
 * customers), then the exact value on the party, so it stays one index probe at a million customers.
 */
@Injectable()
export class PossibleDuplicates {
  constructor(private readonly db: Database) {}

  async find(contacts: NewContacts, scope: DataScope, baseUrl: string, exceptPartyId?: number): Promise<PossibleDuplicateView[]> {
    return this.query(contacts, scope, baseUrl, exceptPartyId);
  }

  /**
   * Refuses (409, naming the existing customers and what matched) a create whose email or phone an
   * existing customer has. Inside the create's transaction, before any plain read of it: on MariaDB
   * it first locks the claim rows of those values, so a concurrent create of the same person waits
   * for this one's commit; the check that follows is the transaction's first plain read, so its
   * snapshot is taken after the wait and sees that commit. (A locking read would see it too, but
   * its gap locks on the key index would make concurrent creates of different people deadlock.)
   * SQLite runs write transactions one at a time, so there the check alone is enough.
   */
  async refuse(contacts: NewContacts, scope: DataScope, baseUrl: string, exceptPartyId?: number): Promise<void> {
    this.db.assertInTransaction('PossibleDuplicates.refuse');
    if (!contacts.emails.length && !contacts.phones.length) return;
    await this.claim(contacts);
    const found = await this.query(contacts, scope, baseUrl, exceptPartyId);
    if (!found.length) return;
    const [first] = found;
    throw conflict(
      CUSTOMERS_ERRORS.POSSIBLE_DUPLICATE_CUSTOMER,
      `A customer with the same ${matchedInWords(first.matched)} already exists: ${first.name} (customer ${first.id})` +
        `${found.length > 1 ? ` and ${found.length - 1} more` : ''}. Open the existing customer, or repeat the request with allowDuplicate=true to create this one anyway.`,
      { duplicates: found },
    );
  }

  /**
   * The preferred email and phone a party has now, for the check when it becomes a customer: a
   * locking read of its row by primary key (a record lock, no gaps; `FOR UPDATE`, as the create
   * writes the row next), which leaves the transaction's snapshot to be taken after the claim.
   * None for a party outside the scope: its create fails as not found, telling nothing of its contacts.
   */
  async storedContactsOf(partyId: number, scope: DataScope): Promise<NewContacts> {
    const qb = this.db
      .repository(Party)
      .createQueryBuilder('p')
      .select(['p.email AS email', 'p.phone AS phone'])
      .where('p.id = :partyId', { partyId });
    const row = await lockRows(applyScope(qb, scope, PARTY_SCOPE_COLUMNS), 'write').getRawOne<{
      email: string | null;
      phone: string | null;
    }>();
    return { emails: row?.email ? [row.email] : [], phones: row?.phone ? [row.phone] : [] };
  }

  private async claim(contacts: NewContacts): Promise<void> {
    if (this.db.dialect === 'sqlite') return;
    const buckets = [...new Set([...contacts.emails.map((e) => `email:${e}`), ...contacts.phones.map((p) => `phone:${p}`)].map(bucketOf))];
    await lockRows(
      this.db
        .repository(ContactClaim)
        .createQueryBuilder('c')
        .select('c.bucket')
        .where('c.bucket IN (:...buckets)', { buckets })
        .orderBy('c.bucket', 'ASC'),
    ).getMany();
  }

  private async query(
    contacts: NewContacts,
    scope: DataScope,
    baseUrl: string,
    exceptPartyId: number | undefined,
  ): Promise<PossibleDuplicateView[]> {
    const emails = [...new Set(contacts.emails)];
    const phones = [...new Set(contacts.phones)];
    const keys = [...new Set([...emails.map(normalizeText), ...phones.map(digitsOf)])];
    if (!keys.length) return [];
    const qb = this.db
      .repository(Party)
      .createQueryBuilder('p')
      .innerJoin(PartySearchKey, 'k', "k.party_id = p.id AND k.key IN (:...keys) AND k.kind IN ('email', 'phone')", { keys })
      .select(['p.id AS id', 'p.customer_name AS name', 'p.full_name AS fullName', 'p.email AS email', 'p.phone AS phone'])
      .where('p.is_customer = :yes', { yes: true })
      .andWhere(
        `(${[emails.length ? 'p.email IN (:...emails)' : '', phones.length ? 'p.phone IN (:...phones)' : ''].filter(Boolean).join(' OR ')})`,
        { emails, phones },
      )
      .orderBy('p.id', 'ASC');
    if (exceptPartyId !== undefined) qb.andWhere('p.id <> :except', { except: exceptPartyId });
    applyScope(qb, scope, PARTY_SCOPE_COLUMNS);
    const rows = await qb.getRawMany<{
      id: number | string;
      name: string | null;
      fullName: string;
      email: string | null;
      phone: string | null;
    }>();
    const byId = new Map<string, PossibleDuplicateView>();
    for (const row of rows) {
      const id = String(row.id);
      if (byId.has(id) || byId.size >= MAX_LISTED) continue;
      const matched: DuplicateMatch[] = [];
      if (row.email !== null && emails.includes(row.email)) matched.push('email');
      if (row.phone !== null && phones.includes(row.phone)) matched.push('phone');
      byId.set(id, {
        id,
        href: tmfHref(baseUrl, CUSTOMER_PATH, Number(row.id)),
        name: row.name ?? row.fullName,
        matched,
        email: row.email,
        phone: row.phone,
      });
    }
    return [...byId.values()];
  }
}

const bucketOf = (value: string) => createHash('sha256').update(value).digest().readUInt32BE(0) % CONTACT_CLAIM_BUCKETS;
