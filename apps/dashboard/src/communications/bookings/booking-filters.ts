/**
 * The bookings list's own filter: `ahead` (still running) is `beforeDate.gt=<now>` for the API;
 * the rest are the API's attributes as they are.
 */
export function bookingListFilter({ ahead, ...filter }: Record<string, unknown>, now: Date): Record<string, unknown> {
  return ahead === true ? { ...filter, 'beforeDate.gt': now.toISOString() } : filter;
}
