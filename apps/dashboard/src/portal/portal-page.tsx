import { Alert, Box, Button, LinearProgress, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

interface PortalPageProps {
  title: string;
  /** The buttons beside the title. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A portal page: its heading (the page's one h1) and content. */
export function PortalPage({ title, actions, children }: PortalPageProps) {
  return (
    <section aria-labelledby="portal-page-title">
      <Box sx={{ mb: 2, display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography id="portal-page-title" variant="h5" component="h1">
          {title}
        </Typography>
        {actions}
      </Box>
      {children}
    </section>
  );
}

/** Loading and failure of a page's first read, the same on every portal page. */
export function LoadState({ pending, error, retry }: { pending: boolean; error: Error | null; retry(): void }) {
  const translate = useTranslate();
  if (pending) return <LinearProgress aria-label={translate('contactly.portal.loading', { _: 'Loading' })} />;
  if (!error) return null;
  return (
    <Alert severity="error" role="alert" action={<Button onClick={retry}>{translate('contactly.portal.retry', { _: 'Retry' })}</Button>}>
      {translate('contactly.portal.loadFailed', { _: 'This could not be loaded: %{reason}', reason: error.message })}
    </Alert>
  );
}
