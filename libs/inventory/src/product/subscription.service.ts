import { Injectable } from '@nestjs/common';
import {
  AppConfig,
  ChangeRecorder,
  Clock,
  conflict,
  Database,
  invalid,
  notFound,
  type ListQuery,
  Page,
  PLATFORM_ERRORS,
  type Principal,
  scopeOf,
  tmfHref,
  unprocessable,
  Versioned,
} from '@contactly/platform';
import { BillingAccountService, CustomerDirectory } from '@contactly/customers';
import { OfferingCatalog, type SellableOffering, type SellablePrice } from '@contactly/catalog';
import { INVENTORY_ERRORS } from '../inventory-errors.js';
import type { CreateProductDto, ProductView, UpdateProductDto } from './dto/product.dto.js';
import { autoRenewOf, type NewSubscription, newSubscriptionOf } from './subscription-input.js';
import { SubscriptionChanges } from './subscription-changes.js';
import { requestFor } from './subscription-moves.js';
import { SubscriptionResources } from './subscription-resources.js';
import { PRODUCT_PATH } from './product-paths.js';
import { assertStartWithinReach, periodOf } from './subscription-term.js';
import { SubscriptionViews } from './subscription-views.js';
import { SubscriptionRepository } from './subscription.repository.js';

/** Statuses in which a subscription may be deleted: it never ran, or it was called off before it did. */
const DELETABLE = ['created', 'cancelled', 'aborted'];

/**
 * Subscriptions (TMF637 products): listed and read within the caller's scope, created for a
 * customer in scope from a sellable offering and one of its recurring prices, changed by merge
 * patch (`status`, `autoRenew`, `name`). `create` is also what the ordering lib calls.
 */
@Injectable()
export class SubscriptionService {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly views: SubscriptionViews,
    private readonly writes: SubscriptionChanges,
    private readonly catalog: OfferingCatalog,
    private readonly customers: CustomerDirectory,
    private readonly billingAccounts: BillingAccountService,
    private readonly resources: SubscriptionResources,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async list(query: ListQuery, principal: Principal, baseUrl: string): Promise<Page<ProductView>> {
    const page = await this.subscriptions.list(query, scopeOf(principal));
    return new Page(await this.views.many(page.items, baseUrl), page.total, page.fields);
  }

  async get(id: number, principal: Principal, baseUrl: string): Promise<Versioned<ProductView>> {
    const subscription = await this.writes.load(id, principal);
    return new Versioned(await this.views.one(subscription, baseUrl), subscription.version);
  }

  createFromTmf(body: CreateProductDto, principal: Principal, baseUrl: string): Promise<Versioned<ProductView>> {
    return this.create(newSubscriptionOf(body), principal, baseUrl);
  }

  /**
   * Subscribes a customer (in the actor's scope, else 422) to a launched offering (422 unknown, 409
   * not sellable) at one of its recurring prices (422 otherwise), billed to an open account of the
   * customer (422 otherwise); the numbers named are assigned to it (409 when taken). In the caller's
   * transaction when there is one (an order completing), with its ProductCreateEvent and audit entry.
   */
  async create(input: NewSubscription, actor: Principal, baseUrl = this.config.publicUrl ?? ''): Promise<Versioned<ProductView>> {
    const customer = await this.customers.find(input.customerId, scopeOf(actor));
    if (!customer)
      throw unprocessable(INVENTORY_ERRORS.CUSTOMER_NOT_FOUND, `Customer ${input.customerId} does not exist`, [
        { field: 'relatedParty', message: 'must name a customer in your scope' },
      ]);
    const offering = await this.catalog.sellable(input.offeringId, 'productOffering.id');
    const price = this.recurringPrice(offering, input.priceId);
    const account = await this.billingAccounts.openAccountOf(customer.id, input.billingAccountId, actor);
    if (!account)
      throw unprocessable(
        INVENTORY_ERRORS.BILLING_ACCOUNT_NOT_OF_CUSTOMER,
        input.billingAccountId === undefined
          ? `Customer ${customer.id} has no open billing account`
          : `Billing account ${input.billingAccountId} is not an open billing account of customer ${customer.id}`,
        [{ field: 'billingAccount.id', message: 'must name an open billing account of the customer' }],
      );
    const now = this.clock.now();
    const start = input.startDate ?? now;
    assertStartWithinReach(start, now);
    const unit = price.recurringPeriod!;
    const length = price.recurringPeriodLength ?? 1;
    const first = periodOf(start, unit, length, 1);
    return this.db.transaction(async () => {
      const values = {
        customerId: customer.id,
        name: input.name ?? offering.name,
        offeringId: offering.id,
        offeringName: offering.name,
        isBundle: offering.isBundle,
        priceId: price.id,
        priceName: price.name,
        priceAmountMinor: price.amountMinor,
        currency: price.currency,
        periodUnit: unit,
        periodLength: length,
        billingAccountId: account.id,
        status: input.status ?? 'active',
        startDate: start,
        terminationDate: null,
        currentPeriodStart: first.start,
        currentPeriodEnd: first.end,
        periodNumber: 1,
        autoRenew: input.autoRenew ?? true,
        cancelAt: null,
        cancelReason: null,
        cancelComment: null,
        cancelRequestedBy: null,
        cancelRequestedAt: null,
        suspendedAt: null,
        suspensionReason: null,
        createdAt: now,
        updatedAt: now,
      } as const;
      // Retiring or deleting the offering or price meanwhile would miss this subscription: hold both until it is stored.
      await this.catalog.holdForSale(offering.id, price.id);
      const id = await this.subscriptions.insert(values);
      const created = { ...values, id, version: 1 };
      await this.subscriptions.insertPeriod(created);
      if (input.resourceIds?.length) await this.resources.assign(id, customer.id, input.resourceIds, actor);
      const view = await this.views.one(created, baseUrl);
      await this.changes.record({ resource: 'Product', resourceType: 'product', resourceId: id, actor, before: null, after: view });
      return new Versioned(view, 1);
    });
  }

  update(id: number, patch: UpdateProductDto, version: number | undefined, principal: Principal, baseUrl: string) {
    const autoRenew = autoRenewOf(patch.autoRenew, patch.productCharacteristic);
    const wrong = (field: 'id' | 'href', own: string) => patch[field] !== undefined && patch[field] !== own;
    return this.writes.apply(
      id,
      (current) => {
        const immutable = wrong('id', String(id)) ? 'id' : wrong('href', tmfHref(baseUrl, PRODUCT_PATH, id)) ? 'href' : null;
        if (immutable)
          throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `${immutable} cannot be changed`, [
            { field: immutable, message: 'must equal the resource’s own' },
          ]);
        return {
          status: patch.status && patch.status !== current.status ? requestFor(current, patch.status) : undefined,
          attributes: { ...(autoRenew === undefined ? {} : { autoRenew }), ...(patch.name === undefined ? {} : { name: patch.name }) },
        };
      },
      version,
      principal,
      baseUrl,
    );
  }

  async delete(id: number, principal: Principal, baseUrl: string): Promise<void> {
    await this.db.transaction(async () => {
      await this.writes.load(id, principal);
      // Locked: of concurrent deletes one deletes, the others find nothing (404).
      const subscription = await this.subscriptions.lockedById(id);
      if (!subscription) throw notFound(INVENTORY_ERRORS.PRODUCT_NOT_FOUND, `Product ${id} does not exist`);
      if (!DELETABLE.includes(subscription.status))
        throw conflict(
          INVENTORY_ERRORS.PRODUCT_NOT_DELETABLE,
          `Product ${id} is ${subscription.status}: only ${DELETABLE.join(', ')} subscriptions can be deleted (cancel it instead)`,
          { status: subscription.status },
        );
      const before = await this.views.one(subscription, baseUrl);
      if (subscription.status === 'created') await this.resources.release(id, principal);
      await this.subscriptions.delete(id);
      await this.changes.record({ resource: 'Product', resourceType: 'product', resourceId: id, actor: principal, before, after: null });
    });
  }

  /** The named recurring price of the offering, or its first: 422 when it is not one of its recurring prices. */
  private recurringPrice(offering: SellableOffering, priceId: number | undefined): SellablePrice {
    const field = 'productPrice[0].productOfferingPrice.id';
    const price =
      priceId === undefined ? offering.prices.find((p) => p.priceType === 'recurring') : this.catalog.priceOf(offering, priceId, field);
    if (!price || price.priceType !== 'recurring' || !price.recurringPeriod)
      throw unprocessable(
        INVENTORY_ERRORS.PRICE_NOT_RECURRING,
        price
          ? `Price ${price.id} (${price.name}) is not a recurring price`
          : `Product offering ${offering.id} has no recurring price to subscribe to`,
        [{ field: price ? field : 'productOffering.id', message: 'must name a recurring price of the offering' }],
      );
    return price;
  }
}
