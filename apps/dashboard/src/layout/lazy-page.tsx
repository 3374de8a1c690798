import { LinearProgress } from '@mui/material';
import { Suspense, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** A console page whose code loads when it is first opened. */
export function LazyPage({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Suspense
      fallback={<LinearProgress aria-label={translate('contactly.layout.loading_page', { _: 'Loading the page' })} sx={{ mt: 2 }} />}
    >
      {children}
    </Suspense>
  );
}
