import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { reasonTitle } from './communication-status';
import type { RecordedReason } from './sending-types';

/** Why a recipient was skipped or moved: the reason in words, then the server's particulars. */
export function ReasonText({ reason, lastError }: { reason: RecordedReason | null; lastError?: string | null }) {
  const translate = useTranslate();
  if (!reason && !lastError) return <>—</>;
  return (
    <Box data-testid="communication-reason">
      {reason && (
        <>
          <Typography variant="body2">{translate(`contactly.compose.reasons.${reason.code}`, { _: reasonTitle(reason.code) })}</Typography>
          {reason.message && (
            <Typography variant="caption" color="text.secondary">
              {reason.message}
            </Typography>
          )}
        </>
      )}
      {lastError && (
        <Typography variant="caption" color="error" sx={{ display: 'block' }}>
          {translate('contactly.compose.provider_error', { _: 'Provider: %{error}', error: lastError })}
        </Typography>
      )}
    </Box>
  );
}
