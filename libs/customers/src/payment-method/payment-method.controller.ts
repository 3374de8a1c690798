import { CustomerOwned, RequireAnyPermission, tmfResourceController } from '@contactly/platform';
import { CreatePaymentMethodDto, PaymentMethodView, UpdatePaymentMethodDto } from './dto/payment-method.dto.js';
import { PAYMENT_METHOD_LIST } from './payment-method-list.js';
import { PAYMENT_METHOD_PATH } from './payment-method-paths.js';
import { PaymentMethodService } from './payment-method.service.js';

const CARD_RULES =
  'Browsers send `details.token` (and `nameOnCard`): the gateway’s single-use token for a card they sent it (see `GET /api/v1/payment-gateway`); unknown or expired is 422 `CARD_TOKEN_UNKNOWN`, used 409 `CARD_TOKEN_USED`. ' +
  'Partners’ servers may send the card instead: the card number must pass the Luhn check (400 `CARD_NUMBER_INVALID`) and the card must not have expired (400 `CARD_EXPIRED`); the payment gateway may decline it (422 `CARD_DECLINED`). ' +
  'The number and security code are never stored, returned, logged or published; a card number in any other field is refused (400 `CARD_NUMBER_IN_TEXT`). ' +
  'Test cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined.';

const owned = CustomerOwned('paymentMethod');
const write = [owned, RequireAnyPermission('payment-methods:write', 'self:write')];

/** TMF670 PaymentMethod: cards on file, tokenized by the payment gateway. */
export const PaymentMethodController = tmfResourceController({
  tag: 'TMF670 payment method',
  resource: 'PaymentMethod',
  label: 'Payment method',
  path: PAYMENT_METHOD_PATH,
  list: PAYMENT_METHOD_LIST,
  create: CreatePaymentMethodDto,
  update: UpdatePaymentMethodDto,
  view: PaymentMethodView,
  service: PaymentMethodService,
  operations: (methods) => methods,
  access: { read: [owned, RequireAnyPermission('customers:read', 'self:read')], create: write, update: write, delete: write },
  docs: {
    list: {
      summary: 'List payment methods (within your scope)',
      description: 'Affiliates see their customers’ methods, a subscriber only their own. `relatedPartyId` lists the methods of one party.',
    },
    get: {
      summary: 'Get a payment method',
      description: 'Shows brand, last 4 digits, expiry and holder of the card; never the number or token.',
    },
    create: {
      summary: 'Add a card on file',
      description: `\`@type\` (\`bankCard\` or \`tokenizedCard\`), \`name\` and \`details\` are mandatory; \`relatedParty\` too unless a subscriber adds their own card. The owner must be in your scope (422 otherwise). ${CARD_RULES}`,
      errors: [409, 422],
      examples: {
        bankCard: {
          summary: 'A Visa card for customer 42',
          value: {
            '@type': 'bankCard',
            name: 'My Visa',
            isPreferred: true,
            relatedParty: { id: '42', '@referredType': 'Customer' },
            details: { cardNumber: '4242 4242 4242 4242', expirationDate: '12/28', cvc: '123', nameOnCard: 'MARIA IVANOVA' },
          },
        },
      },
    },
    update: {
      summary: 'Change or replace a payment method (merge patch)',
      description: `New \`details\` replace the card (tokenized again). \`isPreferred: true\` makes the owner’s other methods not preferred, in one transaction; an inactive method is never preferred (409). \`id\`, \`href\`, \`@type\` and the owner cannot change (400). ${CARD_RULES}`,
      errors: [409, 422],
      examples: { prefer: { summary: 'Make it the preferred method', value: { isPreferred: true } } },
    },
    delete: {
      summary: 'Remove a payment method',
      description: 'Accounts that charged it by default are left without a default payment method.',
    },
  },
});
