import { useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '../../customers/search/use-debounced-value';
import { estimateSend } from '../sending/sending-api';
import type { SendEstimate, SendRequest } from '../sending/sending-types';
import type { ComposeDraft } from './compose-draft';
import { estimateRequestOf } from './send-estimate';

const TYPING_PAUSE_MS = 500;

export interface EstimateState {
  /** The estimate of the draft as it is now (undefined while it is being asked, or cannot be). */
  estimate?: SendEstimate;
  loading: boolean;
  /** Something the checks need is not chosen yet. */
  incomplete: boolean;
  error?: unknown;
}

/**
 * The server's dry run of the draft's send, asked again once editing pauses: who would get it,
 * later, or not at all, and why. A minute-old answer is not reused: blocks, bookings and caps move.
 */
export function useSendEstimate(draft: ComposeDraft, departmentRequired: boolean): EstimateState {
  const request = estimateRequestOf(draft, new Date(), departmentRequired);
  // Compared as text: a new object each render would restart the pause forever.
  const typed = JSON.stringify(request);
  const settled = useDebouncedValue(typed, TYPING_PAUSE_MS);
  const asked = JSON.parse(settled) as SendRequest | null;
  const query = useQuery({
    queryKey: ['sending', 'estimate', settled],
    queryFn: ({ signal }) => estimateSend(asked!, signal),
    enabled: asked !== null,
    staleTime: 0,
    retry: false,
  });
  const current = settled === typed;
  return {
    estimate: current ? query.data : undefined,
    loading: request !== null && (!current || query.isFetching),
    incomplete: request === null,
    error: current ? (query.error ?? undefined) : undefined,
  };
}
