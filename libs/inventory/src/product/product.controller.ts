import { CustomerOwned, RequireAnyPermission, RequirePermissions, tmfResourceController } from '@contactly/platform';
import { CreateProductDto, ProductView, UpdateProductDto } from './dto/product.dto.js';
import { PRODUCT_LIST } from './product-list.js';
import { PRODUCT_PATH } from './product-paths.js';
import { SubscriptionService } from './subscription.service.js';

const owned = CustomerOwned('product');

/** TMF637 Product: a customer's subscription. */
export const ProductController = tmfResourceController({
  tag: 'TMF637 product',
  resource: 'Product',
  path: PRODUCT_PATH,
  list: PRODUCT_LIST,
  create: CreateProductDto,
  update: UpdateProductDto,
  view: ProductView,
  service: SubscriptionService,
  operations: (subscriptions) => ({
    list: (query, principal, baseUrl) => subscriptions.list(query, principal, baseUrl),
    get: (id, principal, baseUrl) => subscriptions.get(id, principal, baseUrl),
    create: (body, principal, baseUrl) => subscriptions.createFromTmf(body, principal, baseUrl),
    update: (id, body, version, principal, baseUrl) => subscriptions.update(id, body, version, principal, baseUrl),
    delete: (id, principal, baseUrl) => subscriptions.delete(id, principal, baseUrl),
  }),
  access: {
    read: [owned, RequireAnyPermission('subscriptions:read', 'self:read')],
    create: [owned, RequirePermissions('subscriptions:write')],
    update: [owned, RequireAnyPermission('subscriptions:write', 'self:write')],
    delete: [owned, RequirePermissions('subscriptions:write')],
  },
  docs: {
    list: {
      summary: 'List subscriptions (within your scope)',
      description:
        'Affiliates see their customers’ subscriptions, a subscriber their own. `relatedPartyId`, `productOfferingId`, `billingAccountId` and `currentPeriodEnd` (with `.lt`/`.gte`…) are extension filters.',
    },
    get: { summary: 'Get a subscription', description: 'The `ETag` is the version to send back in `If-Match`.' },
    create: {
      summary: 'Subscribe a customer to an offering (agents and affiliates)',
      description:
        '`relatedParty` (the customer, in your scope) and `productOffering` (launched and sellable: 422 unknown, 409 not sellable) are mandatory. ' +
        '`productPrice[0].productOfferingPrice` names one of its recurring prices (the first when left out; 422 otherwise); `billingAccount` an open account of that customer (its first when left out; 422 otherwise). ' +
        '`realizingResource` assigns numbers and SIMs (available, or reserved for this customer: 409 otherwise). ' +
        'It starts `active` (or `created`/`pendingActive` when asked), its first period from `startDate` (now) to one month or year later. An Idempotency-Key replays the first answer.',
      errors: [409, 422],
      examples: {
        plan: {
          summary: 'Customer 42 on offering 7',
          value: { relatedParty: [{ id: '42', role: 'customer' }], productOffering: { id: '7' }, autoRenew: true },
        },
      },
    },
    update: {
      summary: 'Change a subscription (merge patch)',
      description:
        '`status`: `terminated` cancels now, `pendingTerminate` at period end, `active` undoes a scheduled cancellation (or resumes, or activates), `suspended` suspends (staff and affiliates only); other moves follow the TMF637 status process (409 naming from, to and allowed). ' +
        '`autoRenew` (or productCharacteristic `autoRenew`) switches renewal; `name` renames. Everything else is fixed (400). Subscribers may change their own.',
      errors: [403, 409],
    },
    delete: {
      summary: 'Delete a subscription that never ran',
      description: 'Only `created`, `cancelled` or `aborted` ones (409 PRODUCT_NOT_DELETABLE otherwise: cancel it instead).',
      errors: [409],
    },
  },
});
