import { mergeTimePeriod } from '@contactly/platform';
import type { CreateBillingCycleSpecificationDto } from './dto/bill-reference.dto.js';
import type { BillingCycleSpecification, BillReference } from './bill-reference.entity.js';

/** What a create or a patch of any bill reference may carry (a cycle's attributes are a superset). */
export type BillReferenceInput = Partial<CreateBillingCycleSpecificationDto>;

/** A merge patch keeps what it does not mention; null clears; a create starts from nothing. */
function keep<T, K extends keyof T>(input: T[K] | undefined, current: T | undefined, key: K): T[K] | null {
  if (input !== undefined) return input;
  return current ? current[key] : null;
}

export function billReferenceValues(input: BillReferenceInput, current?: BillReference): Partial<BillReference> {
  return { name: input.name ?? current?.name, description: keep(input.description, current, 'description') };
}

export function billingCycleValues(input: BillReferenceInput, current?: BillingCycleSpecification): Partial<BillingCycleSpecification> {
  const values: Partial<BillingCycleSpecification> = {
    ...billReferenceValues(input, current),
    frequency: keep(input.frequency, current, 'frequency'),
    billingPeriod: keep(input.billingPeriod, current, 'billingPeriod'),
    billingDateShift: keep(input.billingDateShift, current, 'billingDateShift'),
    chargeDateOffset: keep(input.chargeDateOffset, current, 'chargeDateOffset'),
    creditDateOffset: keep(input.creditDateOffset, current, 'creditDateOffset'),
    mailingDateOffset: keep(input.mailingDateOffset, current, 'mailingDateOffset'),
    paymentDueDateOffset: keep(input.paymentDueDateOffset, current, 'paymentDueDateOffset'),
  };
  const validFor = mergeTimePeriod(input.validFor, { from: current?.validFrom ?? null, to: current?.validTo ?? null });
  return { ...values, validFrom: validFor.from, validTo: validFor.to };
}
