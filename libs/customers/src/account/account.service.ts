import { Injectable } from '@nestjs/common';
import {
  PLATFORM_ERRORS,
  assertVersion,
  ChangeRecorder,
  Clock,
  conflict,
  type DataScope,
  Database,
  invalid,
  type ListQuery,
  type Money,
  notFound,
  Page,
  type Principal,
  realChanges,
  retryOnVersionConflict,
  scopeOf,
  StateTransitionRecorder,
  toMinorUnits,
  unprocessable,
  Versioned,
} from '@contactly/platform';
import type { Party } from '../party/party.entity.js';
import { PartyRepository } from '../party/party.repository.js';
import { assertImmutable } from '../party/party-rules.js';
import type { AccountApi } from './account-kinds.js';
import { ACCOUNT_APIS } from './account-kinds.js';
import { accountProcess, assertAccountOpen, assertInitialAccountState } from './account-lifecycle.js';
import { AccountLinks } from './account-links.js';
import { toAccountView } from './account.mapper.js';
import { type AccountRecord, AccountRepository } from './account.repository.js';
import type { Account, AccountKind, AccountState } from './account.entity.js';
import type { FinancialAccountView, PartyAccountView, UpdatePartyAccountDto } from './dto/account.dto.js';
import { CUSTOMERS_ERRORS } from '../customers-errors.js';

/** The currency of an account that was opened without naming one (no credit limit given). */
const DEFAULT_CURRENCY = 'EUR';

/** What a billing account starts owing (demo data; the billing module moves balances later) and its payment status. */
export interface OpeningBalance {
  balance: Money;
  paymentStatus: string | null;
}

/** A create or a merge patch of any kind of account (a financial account's DTOs allow a subset). */
export type AccountInput = Partial<UpdatePartyAccountDto>;
type AccountView = PartyAccountView | FinancialAccountView;

/** A merge patch keeps what it does not mention (undefined) and clears what it sends as null. */
const patched = <T>(value: T | null | undefined, current: T | null): T | null => (value === undefined ? current : value);

/**
 * TMF666 accounts of every kind: opened for a party in the caller's scope, moved through their
 * lifecycle, linked to a payment method, a financial account and a bill structure. Every write
 * records its event and audit entry in its transaction.
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly parties: PartyRepository,
    private readonly links: AccountLinks,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
    private readonly transitions: StateTransitionRecorder,
    private readonly clock: Clock,
  ) {}

  async list(api: AccountApi, query: ListQuery, principal: Principal, baseUrl: string): Promise<Page<AccountView>> {
    const page = await this.accounts.list(api.kind, query, api.list, scopeOf(principal));
    return new Page(
      page.items.map((record) => toAccountView(record, baseUrl)),
      page.total,
      page.fields,
    );
  }

  async get(api: AccountApi, id: number, principal: Principal, baseUrl: string): Promise<Versioned<AccountView>> {
    const record = await this.load(api, id, scopeOf(principal));
    return new Versioned(toAccountView(record, baseUrl), record.account.version);
  }

  async create(api: AccountApi, input: AccountInput, principal: Principal, baseUrl: string): Promise<Versioned<AccountView>> {
    const state = input.state ?? 'created';
    assertInitialAccountState(state);
    const scope = scopeOf(principal);
    return this.db.transaction(async () => {
      const owner = await this.links.owner(input.relatedParty, scope);
      // Without an owner an account is the operator's: only staff may open one (and see it).
      if (!owner && (api.ownerRequired || principal.kind !== 'staff')) {
        throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'relatedParty is required', [
          { field: 'relatedParty', message: 'must name the owning party' },
        ]);
      }
      return this.open(api, owner, { ...input, state }, principal, scope, baseUrl);
    });
  }

  /** Opens an active billing account for a party (in the caller's transaction, if any); `opening` sets what it starts owing. */
  async openBillingAccount(partyId: number, name: string, actor: Principal, baseUrl: string, opening?: OpeningBalance): Promise<number> {
    const scope = scopeOf(actor);
    return this.db.transaction(async () => {
      const record = await this.parties.findById(partyId, scope);
      if (!record)
        throw unprocessable(CUSTOMERS_ERRORS.RELATED_PARTY_NOT_FOUND, `Party ${partyId} does not exist`, [
          { field: 'partyId', message: 'must name an existing customer or party' },
        ]);
      const input = { name, state: 'active' as const, paymentStatus: opening?.paymentStatus };
      const { body } = await this.open(ACCOUNT_APIS.billing, record.party, input, actor, scope, baseUrl, opening?.balance);
      return Number(body.id);
    });
  }

  async update(
    api: AccountApi,
    id: number,
    patch: AccountInput,
    expectedVersion: number | undefined,
    principal: Principal,
    baseUrl: string,
  ): Promise<Versioned<AccountView>> {
    const what = `${api.label} ${id}`;
    const scope = scopeOf(principal);
    return retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const record = await this.load(api, id, scope);
          const before = toAccountView(record, baseUrl);
          assertImmutable({ id: patch.id, href: patch.href }, before);
          if (patch.relatedParty && patch.relatedParty[0]?.id !== before.relatedParty[0]?.id) {
            throw invalid(CUSTOMERS_ERRORS.IMMUTABLE_ATTRIBUTE, 'relatedParty cannot be changed: the owner of an account is fixed', [
              { field: 'relatedParty', message: 'the owner cannot be changed' },
            ]);
          }
          assertVersion(expectedVersion, record.account.version, what);
          const { account } = record;
          const from = account.state;
          if (patch.state) await accountProcess.assertMove(from, patch.state, undefined, id);
          const structure = api.kind === 'financial' ? {} : await this.links.billStructure(patch.billStructure);
          const changes: Partial<Account> = {
            name: patch.name ?? account.name,
            description: patched(patch.description, account.description),
            accountType: patched(patch.accountType, account.accountType),
            state: patch.state ?? account.state,
            paymentStatus: patched(patch.paymentStatus, account.paymentStatus),
            ...this.creditLimitOf(patch.creditLimit, account),
            defaultPaymentMethodId: patched(
              await this.links.defaultPaymentMethod(patch.defaultPaymentMethod, account.partyId, scope),
              account.defaultPaymentMethodId,
            ),
            financialAccountId: patched(
              await this.links.financialAccount(patch.financialAccount, account.partyId, scope),
              account.financialAccountId,
            ),
            billFormatId: patched(structure.billFormatId, account.billFormatId),
            billingCycleSpecificationId: patched(structure.billingCycleSpecificationId, account.billingCycleSpecificationId),
            updatedAt: this.clock.now(),
          };
          const mediaChanged = structure.mediaIds !== undefined && structure.mediaIds.join() !== record.media.map((m) => m.id).join();
          if (Object.keys(realChanges(account, changes)).length > 0 || mediaChanged) assertAccountOpen(account.state, what);
          if (!(await this.accounts.update(record, changes, mediaChanged ? structure.mediaIds : undefined)))
            return new Versioned(before, account.version);
          const updated = await this.reload(account.kind, id);
          const after = toAccountView(updated, baseUrl);
          // The history row here; the …AccountStateChangeEvent comes from the ChangeRecorder.
          await this.transitions.record(accountProcess, { resourceId: id, from, to: updated.account.state, resource: null }, principal, {
            event: false,
          });
          await this.changes.record({
            resource: api.resource,
            resourceType: api.type,
            resourceId: id,
            actor: principal,
            before,
            after,
            stateAttribute: 'state',
          });
          return new Versioned(after, updated.account.version);
        }),
      expectedVersion,
      what,
    );
  }

  async delete(api: AccountApi, id: number, principal: Principal, baseUrl: string): Promise<void> {
    await this.db.transaction(async () => {
      const record = await this.load(api, id, scopeOf(principal));
      if (api.kind === 'financial' && (await this.accounts.countReferencing('financialAccount', id)) > 0) {
        throw conflict(
          CUSTOMERS_ERRORS.FINANCIAL_ACCOUNT_IN_USE,
          `${api.label} ${id} aggregates other accounts: point them elsewhere first`,
        );
      }
      const before = toAccountView(record, baseUrl);
      await this.accounts.delete(id);
      await this.changes.record({
        resource: api.resource,
        resourceType: api.type,
        resourceId: id,
        actor: principal,
        before,
        after: null,
        stateAttribute: 'state',
      });
    });
  }

  private async open(
    api: AccountApi,
    owner: Party | null,
    input: AccountInput & { state: AccountState },
    actor: Principal,
    scope: DataScope,
    baseUrl: string,
    balance?: Money,
  ): Promise<Versioned<AccountView>> {
    const ownerId = owner?.id ?? null;
    const named = await this.links.defaultPaymentMethod(input.defaultPaymentMethod, ownerId, scope);
    const creditLimitMinor = input.creditLimit ? toMinorUnits(input.creditLimit, 'creditLimit') : null;
    const structure = api.kind === 'financial' ? {} : await this.links.billStructure(input.billStructure);
    const now = this.clock.now();
    const id = await this.accounts.insert(
      {
        kind: api.kind,
        partyId: ownerId,
        name: input.name!,
        description: input.description ?? null,
        accountType: input.accountType ?? null,
        state: input.state,
        paymentStatus: input.paymentStatus ?? null,
        currency: balance?.unit ?? input.creditLimit?.unit ?? DEFAULT_CURRENCY,
        creditLimitMinor,
        balanceMinor: balance ? toMinorUnits(balance, 'balance') : 0,
        // Unless told otherwise, a billing account charges the card the owner marked default.
        defaultPaymentMethodId:
          named !== undefined || api.kind !== 'billing' || ownerId === null
            ? (named ?? null)
            : await this.links.preferredPaymentMethodOf(ownerId),
        financialAccountId: (await this.links.financialAccount(input.financialAccount, ownerId, scope)) ?? null,
        billFormatId: structure.billFormatId ?? null,
        billingCycleSpecificationId: structure.billingCycleSpecificationId ?? null,
        createdAt: now,
        updatedAt: now,
      },
      structure.mediaIds ?? [],
    );
    const record = await this.reload(api.kind, id);
    const view = toAccountView(record, baseUrl);
    await this.changes.record({
      resource: api.resource,
      resourceType: api.type,
      resourceId: id,
      actor,
      before: null,
      after: view,
      stateAttribute: 'state',
    });
    return new Versioned(view, record.account.version);
  }

  /**
   * The credit limit a patch sets. Its unit becomes the account currency, which may change only
   * while nothing is owed: the balance is kept in that currency.
   */
  private creditLimitOf(limit: Money | null | undefined, account: Account): Pick<Account, 'creditLimitMinor' | 'currency'> {
    if (limit === undefined) return { creditLimitMinor: account.creditLimitMinor, currency: account.currency };
    if (limit === null) return { creditLimitMinor: null, currency: account.currency };
    if (limit.unit !== account.currency && account.balanceMinor !== 0) {
      throw invalid(CUSTOMERS_ERRORS.CURRENCY_MISMATCH, `The account is kept in ${account.currency} and has a balance`, [
        { field: 'creditLimit.unit', message: `must be ${account.currency}, the currency of the account` },
      ]);
    }
    return { creditLimitMinor: toMinorUnits(limit, 'creditLimit'), currency: limit.unit };
  }

  private async load(api: AccountApi, id: number, scope: DataScope): Promise<AccountRecord> {
    const record = await this.accounts.findById(api.kind, id, scope);
    if (!record) throw notFound(api.notFoundCode, `${api.label} ${id} does not exist`);
    return record;
  }

  private async reload(kind: AccountKind, id: number): Promise<AccountRecord> {
    const record = await this.accounts.findById(kind, id, { kind: 'all' });
    if (!record) throw new Error(`Account ${id} vanished inside its own transaction`);
    return record;
  }
}
