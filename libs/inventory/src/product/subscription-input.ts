import { invalid, PLATFORM_ERRORS, refId, type CharacteristicDto } from '@contactly/platform';
import type { CreateProductDto } from './dto/product.dto.js';
import type { ProductStatus } from './subscription.entity.js';

/** What a new subscription needs, by ids: the TMF create and the ordering lib both come here. */
export interface NewSubscription {
  customerId: number;
  offeringId: number;
  /** A recurring price of the offering; its first recurring price when left out. */
  priceId?: number;
  /** An open billing account of the customer; its first when left out. */
  billingAccountId?: number;
  /** Numbers and SIMs (TMF639 resource ids) to assign to it. */
  resourceIds?: number[];
  status?: Extract<ProductStatus, 'created' | 'pendingActive' | 'active'>;
  startDate?: Date;
  autoRenew?: boolean;
  name?: string;
}

/**
 * `autoRenew` from the top-level extension and/or the `autoRenew` characteristic (the only one a
 * product takes): undefined when neither is sent; 400 naming the field when they disagree or a
 * characteristic is unknown.
 */
export function autoRenewOf(autoRenew: boolean | undefined, characteristics: CharacteristicDto[] | undefined): boolean | undefined {
  let fromCharacteristic: boolean | undefined;
  for (const [i, c] of (characteristics ?? []).entries()) {
    const field = `productCharacteristic[${i}]`;
    if (c.name !== 'autoRenew')
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `Unknown product characteristic ${c.name}`, [
        { field: `${field}.name`, message: 'must be autoRenew, the only characteristic of a subscription' },
      ]);
    if (c.value !== 'true' && c.value !== 'false')
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'autoRenew must be true or false', [
        { field: `${field}.value`, message: 'must be true or false' },
      ]);
    fromCharacteristic = c.value === 'true';
  }
  if (autoRenew !== undefined && fromCharacteristic !== undefined && autoRenew !== fromCharacteristic)
    throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'autoRenew and the autoRenew characteristic disagree', [
      { field: 'autoRenew', message: 'must agree with productCharacteristic autoRenew' },
    ]);
  return autoRenew ?? fromCharacteristic;
}

/** The TMF create body as a NewSubscription (references by id; an id that names nothing is -1 and not found later). */
export function newSubscriptionOf(body: CreateProductDto): NewSubscription {
  const priceRef = body.productPrice?.[0]?.productOfferingPrice;
  return {
    customerId: refId(body.relatedParty[0].id),
    offeringId: refId(body.productOffering.id),
    priceId: priceRef ? refId(priceRef.id) : undefined,
    billingAccountId: body.billingAccount ? refId(body.billingAccount.id) : undefined,
    resourceIds: body.realizingResource?.map((r) => refId(r.id)),
    status: body.status,
    startDate: body.startDate ? new Date(body.startDate) : undefined,
    autoRenew: autoRenewOf(body.autoRenew, body.productCharacteristic),
    name: body.name,
  };
}
