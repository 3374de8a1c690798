import { Injectable } from '@nestjs/common';
import {
  PLATFORM_ERRORS,
  assertVersion,
  ChangeRecorder,
  Clock,
  conflict,
  Database,
  type DataScope,
  invalid,
  type ListQuery,
  notFound,
  Page,
  PaymentGateway,
  type Principal,
  refId,
  retryOnVersionConflict,
  scopeOf,
  unprocessable,
  type TokenizedCard,
  Versioned,
} from '@contactly/platform';
import { AccountRepository } from '../account/account.repository.js';
import { AccountDefaultPayment } from '../account/account-default-payment.js';
import type { Account } from '../account/account.entity.js';
import type { Party } from '../party/party.entity.js';
import { assertNotSelfControlled } from '../party/ownership.policy.js';
import { PartyRepository } from '../party/party.repository.js';
import { assertImmutable } from '../party/party-rules.js';
import { assertNoCardNumberIn } from './card-input.js';
import { type CardSource, cardSourceOfForm, cardSourceOfTmf } from './card-source.js';
import type { PaymentCardDto } from './dto/payment-card.dto.js';
import type { CreatePaymentMethodDto, PaymentMethodView, UpdatePaymentMethodDto } from './dto/payment-method.dto.js';
import { PAYMENT_METHOD_LIST } from './payment-method-list.js';
import type { PaymentMethod, PaymentMethodStatus, PaymentMethodType } from './payment-method.entity.js';
import { toPaymentMethodView } from './payment-method.mapper.js';
import { PaymentMethodRepository } from './payment-method.repository.js';
import { CUSTOMERS_ERRORS } from '../customers-errors.js';

/** The attributes of a new payment method besides its card. */
interface NewPaymentMethod {
  type: PaymentMethodType;
  /** Defaults to the brand and last 4 digits. */
  name?: string;
  description: string | null;
  isPreferred?: boolean;
  status: PaymentMethodStatus;
  statusReason: string | null;
}

const RESOURCE = { resource: 'PaymentMethod', resourceType: 'paymentMethod' } as const;
const STATUS_ATTRIBUTES = ['status', 'statusReason'];

/**
 * TMF670 cards on file. A browser's card comes as the gateway's single-use token, redeemed here; a
 * partner's raw card is checked (Luhn, expiry by the Clock) and tokenized by the payment gateway.
 * Either way only its brand, last 4 digits, expiry, holder and the gateway's card token are stored. Events and
 * audit entries are made from the stored row, so no card number or security code reaches them.
 */
@Injectable()
export class PaymentMethodService {
  constructor(
    private readonly methods: PaymentMethodRepository,
    private readonly parties: PartyRepository,
    private readonly accounts: AccountRepository,
    private readonly accountDefaults: AccountDefaultPayment,
    private readonly gateway: PaymentGateway,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
    private readonly clock: Clock,
  ) {}

  async list(query: ListQuery, principal: Principal, baseUrl: string): Promise<Page<PaymentMethodView>> {
    const page = await this.methods.list(query, PAYMENT_METHOD_LIST, scopeOf(principal));
    return new Page(await this.views(page.items, baseUrl), page.total, page.fields);
  }

  async get(id: number, principal: Principal, baseUrl: string): Promise<Versioned<PaymentMethodView>> {
    const method = await this.load(id, scopeOf(principal));
    return new Versioned(await this.view(method, baseUrl), method.version);
  }

  /** TMF670 POST: the owner is `relatedParty` (a subscriber's own self when left out). */
  async create(input: CreatePaymentMethodDto, principal: Principal, baseUrl: string): Promise<Versioned<PaymentMethodView>> {
    assertNotSelfControlled(principal, input, STATUS_ATTRIBUTES, 'payment method');
    assertNoCardNumberIn({
      name: input.name,
      description: input.description,
      statusReason: input.statusReason,
      'details.nameOnCard': input.details.nameOnCard,
    });
    const card = cardSourceOfTmf(input.details, this.clock.now());
    const owner = await this.ownerNamed(input.relatedParty?.id, principal);
    const values = {
      type: input['@type'],
      name: input.name,
      description: input.description ?? null,
      isPreferred: input.isPreferred,
      status: input.status ?? 'active',
      statusReason: input.statusReason ?? null,
    };
    return this.register(owner, values, card, principal, baseUrl);
  }

  /** Self-service: a card on file for a customer, as a form sends it. */
  async addCard(customerId: number, input: PaymentCardDto, principal: Principal, baseUrl: string): Promise<Versioned<PaymentMethodView>> {
    assertNoCardNumberIn({ name: input.name, holderName: input.holderName });
    const card = cardSourceOfForm(input, this.clock.now());
    const record = await this.parties.findById(customerId, writeScopeOf(principal), { isCustomer: true });
    if (!record) throw notFound(CUSTOMERS_ERRORS.CUSTOMER_NOT_FOUND, `Customer ${customerId} does not exist`);
    return this.register(
      record.party,
      { type: 'bankCard', name: input.name, description: null, isPreferred: input.isPreferred, status: 'active', statusReason: null },
      card,
      principal,
      baseUrl,
    );
  }

  /** A merge patch; new card `details` replace the card on file (tokenized again). */
  async update(
    id: number,
    patch: UpdatePaymentMethodDto,
    expectedVersion: number | undefined,
    principal: Principal,
    baseUrl: string,
  ): Promise<Versioned<PaymentMethodView>> {
    // A subscriber removes a card they no longer want; reviving one an agent stopped (lost, fraud) is not theirs to do.
    assertNotSelfControlled(principal, patch, STATUS_ATTRIBUTES, 'payment method');
    assertNoCardNumberIn({
      name: patch.name,
      description: patch.description,
      statusReason: patch.statusReason,
      'details.nameOnCard': patch.details?.nameOnCard,
    });
    const card = patch.details ? cardSourceOfTmf(patch.details, this.clock.now()) : undefined;
    const scope = writeScopeOf(principal);
    const what = `Payment method ${id}`;
    // The gateway is called outside the transaction (a network call), and only for a method the caller may change.
    const token = card ? await this.load(id, scope).then(() => this.tokenized(card)) : undefined;
    return retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const current = await this.load(id, scope);
          const before = await this.view(current, baseUrl);
          assertImmutable({ id: patch.id, href: patch.href }, { ...before, relatedParty: [] });
          if (
            (patch.relatedParty && patch.relatedParty.id !== before.relatedParty.id) ||
            (patch['@type'] && patch['@type'] !== current.methodType)
          ) {
            const field = patch['@type'] && patch['@type'] !== current.methodType ? '@type' : 'relatedParty';
            throw invalid(CUSTOMERS_ERRORS.IMMUTABLE_ATTRIBUTE, `${field} of a payment method cannot be changed`, [
              { field, message: 'cannot be changed' },
            ]);
          }
          assertVersion(expectedVersion, current.version, what);
          const status = patch.status ?? current.status;
          if (patch.isPreferred && status === 'inactive')
            throw conflict(CUSTOMERS_ERRORS.PAYMENT_METHOD_INACTIVE, `${what} is inactive and cannot be preferred`);
          // An inactive method is never the one to charge.
          const isPreferred = status === 'inactive' ? false : (patch.isPreferred ?? current.isPreferred);
          let previousPreferred: number | null = null;
          if (isPreferred && !current.isPreferred) {
            const methods = await this.methods.lockMethodsOf(current.partyId);
            previousPreferred = methods.find((m) => m.isPreferred && m.id !== id)?.id ?? null;
            await this.unpreferOthers(methods, id, principal, baseUrl);
          }
          const now = this.clock.now();
          const updated = await this.methods.update(current, {
            name: patch.name ?? current.name,
            description: patch.description === undefined ? current.description : patch.description,
            isPreferred,
            status,
            statusReason: patch.statusReason === undefined ? current.statusReason : patch.statusReason,
            statusDate: status !== current.status ? now : current.statusDate,
            ...(token && card
              ? {
                  cardBrand: token.brand,
                  cardLast4: token.last4,
                  cardExpiryMonth: token.expiryMonth,
                  cardExpiryYear: token.expiryYear,
                  nameOnCard: holderOf(card),
                  gatewayToken: token.token,
                }
              : {}),
            updatedAt: now,
          });
          if (updated === current) return new Versioned(before, current.version);
          if (isPreferred && !current.isPreferred)
            await this.accountDefaults.followPreferred(current.partyId, id, previousPreferred, principal, baseUrl);
          if (status === 'inactive' && current.status !== 'inactive') await this.accountDefaults.detach(id, principal, baseUrl);
          const after = await this.view(updated, baseUrl);
          await this.changes.record({ ...RESOURCE, resourceId: id, actor: principal, before, after });
          return new Versioned(after, updated.version);
        }),
      expectedVersion,
      what,
    );
  }

  /** Removes a method; accounts that charged it by default no longer do (each records its change). */
  async delete(id: number, principal: Principal, baseUrl: string): Promise<void> {
    const what = `Payment method ${id}`;
    await retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const current = await this.load(id, writeScopeOf(principal));
          const before = await this.view(current, baseUrl);
          await this.accountDefaults.detach(id, principal, baseUrl);
          await this.methods.delete(id);
          await this.changes.record({ ...RESOURCE, resourceId: id, actor: principal, before, after: null });
        }),
      undefined,
      what,
    );
  }

  private async register(
    owner: Party,
    values: NewPaymentMethod,
    card: CardSource,
    principal: Principal,
    baseUrl: string,
  ): Promise<Versioned<PaymentMethodView>> {
    if (values.isPreferred && values.status === 'inactive')
      throw conflict(CUSTOMERS_ERRORS.PAYMENT_METHOD_INACTIVE, 'An inactive payment method cannot be preferred');
    // Tokenize outside the transaction: a network call must not hold database locks.
    const token = await this.tokenized(card);
    // Retried on a version conflict: the owner's billing accounts it becomes the default of may be written meanwhile.
    return retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const existing = await this.methods.lockMethodsOf(owner.id);
          const isPreferred = values.status === 'active' && (values.isPreferred ?? existing.length === 0);
          const previous = existing.find((m) => m.isPreferred)?.id ?? null;
          if (isPreferred) await this.unpreferOthers(existing, null, principal, baseUrl);
          const now = this.clock.now();
          const method = await this.methods.insert({
            partyId: owner.id,
            methodType: values.type,
            name: values.name ?? defaultNameOf(token.brand, token.last4),
            description: values.description,
            isPreferred,
            status: values.status,
            statusReason: values.statusReason,
            statusDate: now,
            cardBrand: token.brand,
            cardLast4: token.last4,
            cardExpiryMonth: token.expiryMonth,
            cardExpiryYear: token.expiryYear,
            nameOnCard: holderOf(card),
            gatewayToken: token.token,
            createdAt: now,
            updatedAt: now,
          });
          await this.changes.record({
            ...RESOURCE,
            resourceId: method.id,
            actor: principal,
            before: null,
            after: toPaymentMethodView(method, [], baseUrl),
          });
          if (isPreferred) await this.accountDefaults.followPreferred(owner.id, method.id, previous, principal, baseUrl);
          const view = await this.view(method, baseUrl);
          return new Versioned(view, method.version);
        }),
      undefined,
      `Payment methods of party ${owner.id}`,
    );
  }

  /** The gateway's reusable token of the card: a browser's single-use token redeemed, or a partner's card stored. */
  private tokenized(source: CardSource): Promise<TokenizedCard> {
    return source.kind === 'token' ? this.gateway.redeemToken(source.token) : this.gateway.tokenizeCard(source.card);
  }

  /** One preferred method per party: the others (of the locked list) stop being it, in the caller's transaction. */
  private async unpreferOthers(methods: PaymentMethod[], keptId: number | null, actor: Principal, baseUrl: string): Promise<void> {
    for (const other of methods) {
      if (!other.isPreferred || other.id === keptId) continue;
      const before = await this.view(other, baseUrl);
      const updated = await this.methods.update(other, { isPreferred: false, updatedAt: this.clock.now() });
      await this.changes.record({ ...RESOURCE, resourceId: other.id, actor, before, after: await this.view(updated, baseUrl) });
    }
  }

  /** The owner a TMF client names, as the caller may write for it: 400 when none, 422 when unknown. */
  private async ownerNamed(partyRef: string | undefined, principal: Principal): Promise<Party> {
    const id = partyRef ?? (principal.kind === 'customer' && principal.customerId !== undefined ? String(principal.customerId) : undefined);
    if (id === undefined)
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'relatedParty is required', [
        { field: 'relatedParty', message: 'must name the owning customer or party' },
      ]);
    const record = await this.parties.findById(refId(id), writeScopeOf(principal));
    if (!record)
      throw unprocessable(CUSTOMERS_ERRORS.RELATED_PARTY_NOT_FOUND, `The related party ${id} does not exist`, [
        { field: 'relatedParty.id', message: 'must name an existing customer or party (create it first)' },
      ]);
    return record.party;
  }

  private async load(id: number, scope: DataScope): Promise<PaymentMethod> {
    const method = await this.methods.findById(id, scope);
    if (!method) throw notFound(CUSTOMERS_ERRORS.PAYMENT_METHOD_NOT_FOUND, `Payment method ${id} does not exist`);
    return method;
  }

  private async view(method: PaymentMethod, baseUrl: string): Promise<PaymentMethodView> {
    return (await this.views([method], baseUrl))[0];
  }

  private async views(methods: PaymentMethod[], baseUrl: string): Promise<PaymentMethodView[]> {
    const byMethod = new Map<number, Account[]>();
    for (const account of await this.accounts.findByDefaultPaymentMethod(methods.map((m) => m.id))) {
      byMethod.set(account.defaultPaymentMethodId!, [...(byMethod.get(account.defaultPaymentMethodId!) ?? []), account]);
    }
    return methods.map((method) => toPaymentMethodView(method, byMethod.get(method.id) ?? [], baseUrl));
  }
}

/**
 * Whom a principal may add, change and remove payment methods for: `payment-methods:write` works
 * within the principal's scope (staff: all, affiliate: its customers); `self:write` only for the
 * subscriber themself.
 */
function writeScopeOf(principal: Principal): DataScope {
  return principal.permissions.has('payment-methods:write') || principal.kind === 'customer' ? scopeOf(principal) : { kind: 'none' };
}

const holderOf = (source: CardSource) => (source.kind === 'token' ? source.holderName : source.card.holderName);

/** "Visa •••• 4242": how people recognise a card. */
function defaultNameOf(brand: string, last4: string): string {
  const label = brand === 'unknown' ? 'Card' : brand.charAt(0).toUpperCase() + brand.slice(1);
  return `${label} •••• ${last4}`;
}
