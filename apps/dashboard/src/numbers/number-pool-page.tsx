import { Stack, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { hasPermission } from '../auth/principal';
import { useSignedInPrincipal } from '../auth/session-context';
import { NumberCounts } from './number-counts';
import { NumberSearch } from './number-search';
import { PortInButton } from './port-dialogs';

/** The number pool: counts by type and state (chart, figures, CSV), and the search; port-in and port-out with numbers:write. */
export function NumberPoolPage() {
  const translate = useTranslate();
  const writable = hasPermission(useSignedInPrincipal(), 'numbers:write');
  const title = translate('contactly.numbers.title', { _: 'Number pool' });
  return (
    <Stack spacing={2} sx={{ mt: 1, minWidth: 0 }}>
      <Title title={title} />
      <Stack direction="row" useFlexGap spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {title}
        </Typography>
        {writable && <PortInButton />}
      </Stack>
      <NumberCounts />
      <NumberSearch writable={writable} />
    </Stack>
  );
}
