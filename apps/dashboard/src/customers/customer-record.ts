import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getCustomer, getParty, partyRefOf } from './customer-api';
import type { CustomerRecord } from './tabs/customer-tab';

export const customerKey = (id: string) => ['customers', id] as const;

/** The customer and its engaged party, read one after the other. */
async function readCustomerRecord(id: string, signal?: AbortSignal): Promise<CustomerRecord> {
  const customer = await getCustomer(id, signal);
  const party = await getParty(partyRefOf(customer.data), signal);
  return { customer, party };
}

/** The customer 360 page's record, and a reload that resolves with the fresh read. */
export function useCustomerRecord(id: string) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: customerKey(id), queryFn: ({ signal }) => readCustomerRecord(id, signal), retry: false });
  const reload = useCallback(
    () => queryClient.fetchQuery({ queryKey: customerKey(id), queryFn: ({ signal }) => readCustomerRecord(id, signal), staleTime: 0 }),
    [queryClient, id],
  );
  return { ...query, reload };
}
