import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { Wait } from './refresh-gate';
import { getRefreshRun, startRefresh } from './support-hub-api';
import { HUB_KEY, HUB_STATUS_KEY, refreshRunKey } from './support-hub-queries';
import type { RefreshRun, StatusReading } from './support-hub-types';

/** A run is read every second while it goes on (its progress counters), then no more. */
const RUN_POLL_MS = 1_000;

export interface RefreshState {
  /** Starts a refresh (forced: within the minimum interval too); a refresh going on is joined. */
  start(force: boolean): void;
  starting: boolean;
  /** The run being followed: the one this user started, or one going on when the page looked. */
  run?: RefreshRun;
  running: boolean;
  /** The wait a refused (429) refresh announced. */
  refusedWait: Wait | null;
  /** Why the last attempt to start failed. */
  error: unknown;
  /** Hides the result of the finished run. */
  dismiss(): void;
  dismissed: boolean;
}

/**
 * Starting a refresh and following it to its end. The run is followed by its id (its own report,
 * polled), so even a refresh that ends before the next /status poll shows its result; when it ends,
 * every hub query (status, board, cases) is read again.
 */
export function useRefresh(reading: StatusReading | undefined): RefreshState {
  const queryClient = useQueryClient();
  const [followedId, setFollowedId] = useState<number | null>(null);
  const [dismissedId, setDismissedId] = useState<number | null>(null);
  const [refusedWait, setRefusedWait] = useState<Wait | null>(null);
  const inProgressId = reading?.status.inProgress?.id ?? null;

  // Someone (a colleague, the schedule) is refreshing: follow that run too.
  useEffect(() => {
    if (inProgressId !== null) setFollowedId(inProgressId);
  }, [inProgressId]);

  const starting = useMutation({
    mutationFn: startRefresh,
    onSuccess: (run) => {
      setRefusedWait(null);
      queryClient.setQueryData(refreshRunKey(run.id), run);
      setFollowedId(run.id);
      void queryClient.invalidateQueries({ queryKey: HUB_STATUS_KEY });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 429 && error.retryAfterSeconds)
        setRefusedWait({ seconds: error.retryAfterSeconds, atMs: Date.now() });
      void queryClient.invalidateQueries({ queryKey: HUB_STATUS_KEY });
    },
  });

  const run = useQuery({
    queryKey: refreshRunKey(followedId),
    queryFn: ({ signal }) => getRefreshRun(followedId as number, signal),
    enabled: followedId !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? RUN_POLL_MS : false),
  });

  const finishedId = run.data && run.data.status !== 'running' ? run.data.id : null;
  useEffect(() => {
    if (finishedId === null) return;
    void queryClient.invalidateQueries({ queryKey: HUB_KEY, predicate: (query) => query.queryKey[1] !== 'refresh-run' });
  }, [finishedId, queryClient]);

  return {
    start: (force) => starting.mutate(force),
    starting: starting.isPending,
    run: run.data,
    running: starting.isPending || run.data?.status === 'running' || inProgressId !== null,
    refusedWait,
    error: starting.error,
    dismiss: () => {
      setDismissedId(run.data?.id ?? null);
      starting.reset();
    },
    dismissed: run.data !== undefined && run.data.id === dismissedId,
  };
}
