import { tmfHref, toTimePeriodView } from '@contactly/platform';
import type { BillFormatView, BillingCycleSpecificationView, BillPresentationMediaView } from './dto/bill-reference.dto.js';
import type { BillingCycleSpecification, BillReference } from './bill-reference.entity.js';

const common = (row: BillReference, path: string, baseUrl: string) => ({
  id: String(row.id),
  href: tmfHref(baseUrl, path, row.id),
  name: row.name,
  description: row.description,
});

export const toBillFormatView = (row: BillReference, path: string, baseUrl: string): BillFormatView => ({
  ...common(row, path, baseUrl),
  '@type': 'BillFormat',
});

export const toBillPresentationMediaView = (row: BillReference, path: string, baseUrl: string): BillPresentationMediaView => ({
  ...common(row, path, baseUrl),
  '@type': 'BillPresentationMedia',
});

export function toBillingCycleSpecificationView(
  row: BillingCycleSpecification,
  path: string,
  baseUrl: string,
): BillingCycleSpecificationView {
  return {
    ...common(row, path, baseUrl),
    frequency: row.frequency,
    billingPeriod: row.billingPeriod,
    billingDateShift: row.billingDateShift,
    chargeDateOffset: row.chargeDateOffset,
    creditDateOffset: row.creditDateOffset,
    mailingDateOffset: row.mailingDateOffset,
    paymentDueDateOffset: row.paymentDueDateOffset,
    validFor: toTimePeriodView({ from: row.validFrom, to: row.validTo }),
    '@type': 'BillingCycleSpecification',
  };
}
