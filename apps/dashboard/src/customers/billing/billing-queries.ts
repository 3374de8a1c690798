import type { QueryClient } from '@tanstack/react-query';
import { overviewKey } from '../overview/overview-api';

export const billingAccountsKey = (customerId: string) => ['customers', customerId, 'billing-accounts'] as const;

/**
 * A change of the customer's cards changes what their billing accounts charge and what the overview
 * shows: read all three again, so no part of the page keeps the old story.
 */
export const refreshPaymentViews = (queryClient: QueryClient, customerId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: ['customers', customerId, 'payment-methods'] }),
    queryClient.invalidateQueries({ queryKey: billingAccountsKey(customerId) }),
    queryClient.invalidateQueries({ queryKey: overviewKey(customerId) }),
  ]);
