import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type PossibleDuplicate = components['schemas']['PossibleDuplicateView'];

/** Customers the new one may be (same email or phone), as the create would refuse it for. */
export const findDuplicates = (contact: { email?: string; phone?: string }, signal?: AbortSignal): Promise<PossibleDuplicate[]> =>
  unwrap(
    api.GET('/api/v1/customers/duplicates', {
      params: { query: { ...(contact.email ? { email: contact.email } : {}), ...(contact.phone ? { phone: contact.phone } : {}) } },
      signal,
    }),
  );
