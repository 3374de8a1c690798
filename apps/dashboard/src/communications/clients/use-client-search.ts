import { useQuery } from '@tanstack/react-query';
import { searchCustomers } from '../../customers/customer-api';
import { useDebouncedValue } from '../../customers/search/use-debounced-value';
import { clientOptionOf } from './client-option';

const SEARCH_DELAY_MS = 250;
const SHOWN = 20;

/** Clients matching what is typed (name, email, phone, id), once typing pauses. */
export function useClientSearch(text: string) {
  const q = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const search = useQuery({
    queryKey: ['client-search', q],
    queryFn: ({ signal }) => searchCustomers(q, 0, SHOWN, signal),
    enabled: q.length > 0,
    staleTime: 30_000,
  });
  return { options: (search.data?.items ?? []).map(clientOptionOf), loading: search.isFetching, problem: search.error?.message };
}
