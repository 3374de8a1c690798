import { LinearProgress } from '@mui/material';
import { Suspense, type ReactNode } from 'react';

/** A console page whose code loads when it is first opened. */
export function LazyPage({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LinearProgress aria-label="Loading the page" sx={{ mt: 2 }} />}>{children}</Suspense>;
}
