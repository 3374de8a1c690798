import { useQueries } from '@tanstack/react-query';
import { send } from '../api/send';
import { useSignedInPrincipal } from '../auth/session-context';
import { type NavEntry, visibleNavEntries } from './navigation';

/** Whether a section's probe says it exists: anything but 404 (a failing server still shows the entry). */
async function sectionExists(probe: string, signal: AbortSignal): Promise<boolean> {
  const response = await send(new Request(probe, { signal }));
  return response.status !== 404;
}

/** The sections the principal's permissions open and the server offers, in menu order. */
export function useNavEntries(): NavEntry[] {
  const principal = useSignedInPrincipal();
  const entries = visibleNavEntries(principal);
  const probed = entries.filter((entry) => entry.probe);
  const answers = useQueries({
    queries: probed.map((entry) => ({
      queryKey: ['nav-probe', entry.probe],
      queryFn: ({ signal }: { signal: AbortSignal }) => sectionExists(entry.probe as string, signal),
      staleTime: Infinity,
      retry: false,
    })),
  });
  const exists = new Map(probed.map((entry, index) => [entry.probe, answers[index]?.data === true]));
  return entries.filter((entry) => !entry.probe || exists.get(entry.probe));
}
