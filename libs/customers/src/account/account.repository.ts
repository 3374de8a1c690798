import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  applyListQuery,
  applyScope,
  Database,
  type DataScope,
  type ListQuery,
  type ListSpec,
  lockRows,
  Page,
  replaceChildRows,
  updateIfVersion,
} from '@contactly/platform';
import { AccountPresentationMedia } from './account-presentation-media.entity.js';
import { Account, type AccountKind } from './account.entity.js';
import type { BillPresentationMedia } from './bill-reference/bill-reference.entity.js';
import type { BillReferenceType } from './bill-reference/bill-reference-kinds.js';

/** An account with what it refers to (owner, payment method, catalogues), ready to be shown. */
export interface AccountRecord {
  account: Account;
  media: BillPresentationMedia[];
}

/** The owner's affiliate decides an affiliate's scope; the owner itself a subscriber's. */
export const ACCOUNT_SCOPE_COLUMNS = { affiliate: 'p.affiliate_id', customer: 'a.party_id' };

/** Columns holding a reference that blocks deleting what it refers to. */
const REFERENCE_COLUMNS: Record<Exclude<BillReferenceType, 'billPresentationMedia'> | 'financialAccount', string> = {
  billFormat: 'bill_format_id',
  billingCycleSpecification: 'billing_cycle_specification_id',
  financialAccount: 'financial_account_id',
};

/** All queries on accounts. Every read for a caller takes its DataScope: out of scope is absent. */
@Injectable()
export class AccountRepository {
  constructor(private readonly db: Database) {}

  private get accounts() {
    return this.db.repository(Account);
  }

  private scoped(kind: AccountKind, scope: DataScope) {
    const qb = this.accounts
      .createQueryBuilder('a')
      .leftJoinAndSelect('a.party', 'p')
      .leftJoinAndSelect('a.defaultPaymentMethod', 'pm')
      .leftJoinAndSelect('a.financialAccount', 'fa')
      .leftJoinAndSelect('a.billFormat', 'bf')
      .leftJoinAndSelect('a.billingCycleSpecification', 'bc')
      .where('a.account_kind = :kind', { kind });
    return applyScope(qb, scope, ACCOUNT_SCOPE_COLUMNS);
  }

  /** The account as last committed, locked until the transaction ends (a write about to follow reads it so). */
  async lockedById(kind: AccountKind, id: number): Promise<AccountRecord | null> {
    const account = await lockRows(this.scoped(kind, { kind: 'all' }).andWhere('a.id = :id', { id })).getOne();
    if (!account) return null;
    return { account, media: (await this.mediaOf([id])).get(id) ?? [] };
  }

  async findById(kind: AccountKind, id: number, scope: DataScope): Promise<AccountRecord | null> {
    const account = await this.scoped(kind, scope).andWhere('a.id = :id', { id }).getOne();
    if (!account) return null;
    return { account, media: (await this.mediaOf([id])).get(id) ?? [] };
  }

  async list(kind: AccountKind, query: ListQuery, spec: ListSpec, scope: DataScope): Promise<Page<AccountRecord>> {
    const [accounts, total] = await applyListQuery(this.scoped(kind, scope), query, spec).getManyAndCount();
    const media = await this.mediaOf(accounts.map((a) => a.id));
    return new Page(
      accounts.map((account) => ({ account, media: media.get(account.id) ?? [] })),
      total,
      query.fields,
    );
  }

  /** The presentation media of each account, in id order. */
  async mediaOf(accountIds: number[]): Promise<Map<number, BillPresentationMedia[]>> {
    const byAccount = new Map<number, BillPresentationMedia[]>();
    if (!accountIds.length) return byAccount;
    const rows = await this.db
      .repository(AccountPresentationMedia)
      .find({ where: { accountId: In(accountIds) }, relations: { media: true }, order: { mediaId: 'ASC' } });
    for (const row of rows) byAccount.set(row.accountId, [...(byAccount.get(row.accountId) ?? []), row.media!]);
    return byAccount;
  }

  /** The party's billing accounts that are not closed, with their default payment method (the caller checked the scope). */
  openBillingAccountsOf(partyId: number): Promise<Account[]> {
    return this.scoped('billing', { kind: 'all' })
      .andWhere('a.party_id = :partyId', { partyId })
      .andWhere('a.state <> :closed', { closed: 'closed' })
      .orderBy('a.id', 'ASC')
      .getMany();
  }

  /** Accounts (of any owner) that charge one of these payment methods by default. */
  findByDefaultPaymentMethod(paymentMethodIds: number[], lock = false): Promise<Account[]> {
    if (lock && paymentMethodIds.length)
      return lockRows(
        this.accounts
          .createQueryBuilder('a')
          .where('a.default_payment_method_id IN (:...ids)', { ids: paymentMethodIds })
          .orderBy('a.id', 'ASC'),
      ).getMany();
    if (!paymentMethodIds.length) return Promise.resolve([]);
    return this.accounts.find({ where: { defaultPaymentMethodId: In(paymentMethodIds) }, order: { id: 'ASC' } });
  }

  /** The party's open billing accounts that charge `methodId` by default, or nothing: those that follow its preferred card. */
  billingAccountsFollowing(partyId: number, methodId: number | null): Promise<Account[]> {
    const qb = this.accounts
      .createQueryBuilder('a')
      .where('a.party_id = :partyId', { partyId })
      .andWhere('a.account_kind = :kind', { kind: 'billing' })
      .andWhere('a.state <> :closed', { closed: 'closed' });
    if (methodId === null) qb.andWhere('a.default_payment_method_id IS NULL');
    else qb.andWhere('(a.default_payment_method_id IS NULL OR a.default_payment_method_id = :methodId)', { methodId });
    // A locking read: it sees what a concurrent change of the preferred card committed, not this transaction's snapshot.
    return lockRows(qb.orderBy('a.id', 'ASC')).getMany();
  }

  /** How many accounts refer to this catalogue entry or financial account (which then cannot go). */
  async countReferencing(reference: BillReferenceType | 'financialAccount', id: number): Promise<number> {
    if (reference === 'billPresentationMedia') return this.db.repository(AccountPresentationMedia).countBy({ mediaId: id });
    return this.accounts.createQueryBuilder('a').where(`a.${REFERENCE_COLUMNS[reference]} = :id`, { id }).getCount();
  }

  async insert(values: Omit<Account, 'id' | 'version'>, mediaIds: number[]): Promise<number> {
    const result = await this.accounts.insert({ ...values, version: 1 });
    const id = result.identifiers[0].id as number;
    await this.replaceMedia(id, mediaIds, true);
    return id;
  }

  /**
   * Optimistic update (VersionConflict when someone wrote first); new presentation media, when
   * given, replace the old and count as a change. Returns whether anything was written.
   */
  async update(current: AccountRecord, changes: Partial<Account>, newMediaIds?: number[]): Promise<boolean> {
    const written = await updateIfVersion(this.db.manager, Account, current.account, changes, newMediaIds !== undefined);
    if (written && newMediaIds) await this.replaceMedia(current.account.id, newMediaIds);
    return written;
  }

  async delete(id: number): Promise<void> {
    await this.accounts.delete({ id });
  }

  /** `fresh`: the account was created in this transaction. */
  private async replaceMedia(accountId: number, mediaIds: number[], fresh = false): Promise<void> {
    await replaceChildRows(
      this.db.repository(AccountPresentationMedia),
      { accountId },
      mediaIds.map((mediaId) => ({ accountId, mediaId })),
      { fresh },
    );
  }
}
