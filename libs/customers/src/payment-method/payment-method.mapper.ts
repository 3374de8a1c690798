import { tmfHref, toTimePeriodView } from '@contactly/platform';
import { accountRef, ownerRef } from '../account/account.mapper.js';
import type { Account } from '../account/account.entity.js';
import type { PaymentMethodView } from './dto/payment-method.dto.js';
import { expiryEndOf } from './card-input.js';
import { PAYMENT_METHOD_PATH } from './payment-method-paths.js';
import type { PaymentMethod } from './payment-method.entity.js';

/**
 * TMF670 PaymentMethod, built from the stored row only: it holds no card number, security code or
 * gateway token, so neither does this view, nor any event or audit entry made from it.
 */
export function toPaymentMethodView(method: PaymentMethod, accounts: Account[], baseUrl: string): PaymentMethodView {
  const expiry = expiryEndOf(method.cardExpiryMonth, method.cardExpiryYear);
  return {
    id: String(method.id),
    href: tmfHref(baseUrl, PAYMENT_METHOD_PATH, method.id),
    name: method.name,
    description: method.description,
    isPreferred: method.isPreferred,
    status: method.status,
    statusDate: method.statusDate.toISOString(),
    statusReason: method.statusReason,
    validFor: toTimePeriodView({ from: method.createdAt, to: expiry }),
    relatedParty: ownerRef(method.party!, baseUrl),
    account: accounts.map((account) => accountRef(account, baseUrl)),
    details: {
      brand: method.cardBrand,
      lastFourDigits: method.cardLast4,
      expirationDate: expiry.toISOString(),
      nameOnCard: method.nameOnCard,
    },
    '@type': method.methodType,
  };
}
