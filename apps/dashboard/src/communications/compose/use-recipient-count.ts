import { useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '../../customers/search/use-debounced-value';
import { countClients } from '../sending/sending-api';
import type { ClientGroup } from '../sending/sending-types';
import type { ComposeDraft } from './compose-draft';
import { type CountSource, countSourceOf } from './recipient-count';

const TYPING_PAUSE_MS = 300;

/** The live count of recipients: picked clients on the page, a group's size, or the server's count of a filter (once typing pauses). */
export function useRecipientCount(
  draft: ComposeDraft,
  groups: readonly ClientGroup[],
): { count?: number; loading: boolean; problem?: string } {
  const now = countSourceOf(draft);
  // Compared as text: a new object each render would restart the pause forever.
  const typed = JSON.stringify(now);
  const settled = useDebouncedValue(typed, TYPING_PAUSE_MS);
  const source = JSON.parse(settled) as CountSource;
  const filter = source.kind === 'clients' ? source.filter : null;
  const counted = useQuery({
    queryKey: ['sending', 'recipient-count', filter],
    queryFn: ({ signal }) => countClients(filter as Record<string, string>, signal),
    enabled: filter !== null,
    staleTime: 10_000,
  });
  switch (now.kind) {
    case 'known':
      return { count: now.count, loading: false };
    case 'none':
      return { loading: false };
    case 'group': {
      const group = groups.find((g) => g.groupId === now.groupId);
      return { count: group?.clientCount, loading: !group };
    }
    case 'clients':
      if (settled !== typed) return { count: counted.data, loading: true };
      return {
        count: counted.data,
        loading: counted.isFetching,
        problem: counted.error ? `The recipients could not be counted: ${counted.error.message}` : undefined,
      };
  }
}
