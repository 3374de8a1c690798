import { Box, Typography } from '@mui/material';
import { reasonTitle } from './communication-status';
import type { RecordedReason } from './sending-types';

/** Why a recipient was skipped or moved: the reason in words, then the server's particulars. */
export function ReasonText({ reason, lastError }: { reason: RecordedReason | null; lastError?: string | null }) {
  if (!reason && !lastError) return <>—</>;
  return (
    <Box data-testid="communication-reason">
      {reason && (
        <>
          <Typography variant="body2">{reasonTitle(reason.code)}</Typography>
          {reason.message && (
            <Typography variant="caption" color="text.secondary">
              {reason.message}
            </Typography>
          )}
        </>
      )}
      {lastError && (
        <Typography variant="caption" color="error" sx={{ display: 'block' }}>
          Provider: {lastError}
        </Typography>
      )}
    </Box>
  );
}
