import { useQuery } from '@tanstack/react-query';
import { getHubStatus } from './support-hub-api';
import type { StatusReading } from './support-hub-types';

/** Every query of the hub starts with this key, so a refresh, merge or split can invalidate them all. */
export const HUB_KEY = ['support-hub'] as const;
export const HUB_STATUS_KEY = [...HUB_KEY, 'status'] as const;
export const boardKey = (filters: unknown) => [...HUB_KEY, 'board', filters] as const;
export const aggregatedCaseKey = (id: number) => [...HUB_KEY, 'aggregated-case', id] as const;
/** Not under 'aggregated-case': a merge or split that settles the case itself still reads its members again. */
export const membersKey = (id: number, filters: unknown) => [...HUB_KEY, 'members', id, filters] as const;
export const refreshRunKey = (id: number | null) => [...HUB_KEY, 'refresh-run', id] as const;
export const refreshRunsKey = (page: unknown) => [...HUB_KEY, 'refresh-runs', page] as const;
export const rulesKey = [...HUB_KEY, 'rules'] as const;
export const customerCasesKey = (emails: readonly string[]) => [...HUB_KEY, 'customer-cases', emails] as const;

/** While a run goes on, /status is read every 1.5 s for its progress; otherwise every 30 s. */
const STATUS_POLL_RUNNING_MS = 1_500;
const STATUS_POLL_IDLE_MS = 30_000;

/** Freshness, the wait before the next refresh, the run in progress and each source's health. */
export function useHubStatus() {
  return useQuery({
    queryKey: HUB_STATUS_KEY,
    queryFn: async ({ signal }): Promise<StatusReading> => {
      const status = await getHubStatus(signal);
      return { status, readAtMs: Date.now() };
    },
    refetchInterval: (query) => (query.state.data?.status.inProgress ? STATUS_POLL_RUNNING_MS : STATUS_POLL_IDLE_MS),
  });
}
