import { invalid } from '@contactly/platform';
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
    validFrom: current?.validFrom ?? null,
    validTo: current?.validTo ?? null,
  };
  if (input.validFor === null) Object.assign(values, { validFrom: null, validTo: null });
  else if (input.validFor) {
    const at = (value: string | null | undefined, fallback: Date | null) => (value === undefined ? fallback : value === null ? null : new Date(value));
    values.validFrom = at(input.validFor.startDateTime, values.validFrom ?? null);
    values.validTo = at(input.validFor.endDateTime, values.validTo ?? null);
  }
  if (values.validFrom && values.validTo && values.validFrom > values.validTo) {
    throw invalid('VALIDATION_FAILED', 'validFor ends before it starts', [{ field: 'validFor.endDateTime', message: 'must not be before validFor.startDateTime' }]);
  }
  return values;
}
