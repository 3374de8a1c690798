import { unwrap, api } from '../../api/client';
import type { components } from '../../api/schema';

export type CustomerOverview = components['schemas']['CustomerOverviewView'];
export type OverviewChannel = components['schemas']['OverviewChannelView'];
export type OverviewReach = components['schemas']['OverviewReachView'];
export type OverviewMoney = CustomerOverview['balance']['owed'][number];

/** The query key of a customer's overview: writes that change what it sums (cards, accounts, status) invalidate it. */
export const overviewKey = (customerId: string) => ['customers', customerId, 'overview'] as const;

/** One read of the customer for the top of the 360 page (GET /api/v1/customers/{id}/overview). */
export const getCustomerOverview = (customerId: string, signal?: AbortSignal): Promise<CustomerOverview> =>
  unwrap(api.GET('/api/v1/customers/{id}/overview', { params: { path: { id: Number(customerId) } }, signal }));
