import type { OpeningBalance } from '../account/account.service.js';

/**
 * What a demo customer's billing account starts owing: a customer the demo suspends for "Payment
 * overdue" owes something and is marked overdue, so the 360 page has a debt to show; the others
 * owe nothing. Deterministic by the customer's index.
 */
export function demoOpeningBalance(i: number, customerStatusReason: string | null): OpeningBalance | undefined {
  if (customerStatusReason !== 'Payment overdue') return undefined;
  return { balance: { unit: 'EUR', value: 25 + (i % 7) * 12.5 }, paymentStatus: 'overdue' };
}
