import type { CustomerSummary } from '../../customers/customer-types';

/** A client as a picker shows it; a client is a customer, found by the customers' search. */
export interface ClientOption {
  clientId: number;
  label: string;
}

export const clientOptionOf = (customer: Pick<CustomerSummary, 'id' | 'name' | 'email' | 'phone'>): ClientOption => ({
  clientId: Number(customer.id),
  label: [`${customer.name} (#${customer.id})`, customer.email ?? customer.phone].filter(Boolean).join(' · '),
});

/** A client known only by id (a saved record's), until the search names it. */
export const clientOptionById = (clientId: number): ClientOption => ({ clientId, label: `Client #${clientId}` });

/**
 * The options to offer: what the search found, after the chosen ones it did not (so a chosen
 * client stays shown), each client once.
 */
export function mergedOptions(chosen: readonly ClientOption[], found: readonly ClientOption[]): ClientOption[] {
  const seen = new Set<number>();
  const result: ClientOption[] = [];
  for (const option of [...chosen, ...found]) {
    if (seen.has(option.clientId)) continue;
    seen.add(option.clientId);
    result.push(option);
  }
  return result;
}
