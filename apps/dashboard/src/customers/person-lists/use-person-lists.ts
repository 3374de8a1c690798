import { useQuery } from '@tanstack/react-query';
import { unwrap, api } from '../../api/client';
import type { PersonLists } from './person-lists';

/** The gender and nationality lists and the default phone region: fixed while the server runs, so read once. */
export function usePersonLists() {
  return useQuery({
    queryKey: ['customers', 'person-lists'],
    queryFn: ({ signal }): Promise<PersonLists> => unwrap(api.GET('/api/v1/customers/reference-lists/person', { signal })),
    staleTime: Infinity,
    retry: false,
  });
}

/** Until the lists arrive (or when they cannot), numbers without a country code are read as the server's default is. */
export const FALLBACK_PHONE_REGION = 'GB';
