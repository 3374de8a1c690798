import { useCallback } from 'react';
import { useNotify } from 'react-admin';

/** Shows a failed call's message (the server's own, see ApiError) as an error notification. */
export function useNotifyError(): (error: unknown) => void {
  const notify = useNotify();
  return useCallback((error: unknown) => notify(error instanceof Error ? error.message : String(error), { type: 'error' }), [notify]);
}
