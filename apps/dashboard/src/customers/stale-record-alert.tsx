import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, Button } from '@mui/material';
import { useState } from 'react';

export const STALE_CUSTOMER_MESSAGE = 'Someone else changed this customer — reload to see their changes';

/**
 * Shown when a save answered 412: the user's input stays on screen until they choose to reload
 * (which replaces it with the other person's version).
 */
export function StaleRecordAlert({ onReload }: { onReload: () => Promise<unknown> }) {
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };
  return (
    <Alert
      severity="warning"
      role="alert"
      data-testid="stale-record"
      sx={{ mb: 2 }}
      action={
        <Button color="inherit" size="small" startIcon={<RefreshIcon />} onClick={reload} disabled={reloading}>
          Reload
        </Button>
      }
    >
      {STALE_CUSTOMER_MESSAGE}. Your changes are still below; reloading replaces them.
    </Alert>
  );
}
