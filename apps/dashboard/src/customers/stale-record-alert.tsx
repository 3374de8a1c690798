import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, AlertTitle, Button } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { STALE_RECORD_MESSAGE } from '../api/api-error';

/**
 * Shown when a save answered 412: the user's input stays on screen until they choose to reload
 * (which replaces it with the other person's version).
 */
export function StaleRecordAlert({ onReload }: { onReload: () => Promise<unknown> }) {
  const translate = useTranslate();
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
          {translate('contactly.customer360.stale.reload', { _: 'Reload' })}
        </Button>
      }
    >
      {/* Two blocks, not one sentence: the shared message's punctuation is its catalogue's. */}
      <AlertTitle sx={{ mb: 0 }}>{translate('contactly.common.stale_edit', { _: STALE_RECORD_MESSAGE })}</AlertTitle>
      {translate('contactly.customer360.stale.input_kept', { _: 'Your changes are still below; reloading replaces them.' })}
    </Alert>
  );
}
