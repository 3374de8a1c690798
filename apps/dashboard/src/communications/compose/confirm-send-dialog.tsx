import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, useMediaQuery, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { SendEstimate } from '../sending/sending-types';
import { EstimateGroups, EstimateTotals } from './send-estimate-panel';
import { reachOf } from './send-estimate';

export interface Confirmation {
  /** The estimate asked at the press of Send (undefined while it is being asked). */
  estimate?: SendEstimate;
  problem?: string;
}

interface ConfirmSendDialogProps {
  confirmation: Confirmation | null;
  sending: boolean;
  onConfirm(): void;
  onClose(): void;
}

/**
 * The last look before a send: "Send to 7 of 10 recipients?" with who is skipped and why, from a
 * dry run asked at the press of Send (not the one shown while composing, which may be minutes old).
 */
export function ConfirmSendDialog({ confirmation, sending, onConfirm, onClose }: ConfirmSendDialogProps) {
  const translate = useTranslate();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const estimate = confirmation?.estimate;
  const reach = estimate ? reachOf(estimate) : undefined;
  const title = !reach
    ? translate('contactly.compose.confirm.checking', { _: 'Checking the recipients…' })
    : reach.reached === 0
      ? translate('contactly.compose.confirm.nobody', { smart_count: reach.total, _: 'None of the %{smart_count} recipients would get it' })
      : translate('contactly.compose.confirm.title', {
          reached: reach.reached,
          smart_count: reach.total,
          _: 'Send to %{reached} of %{smart_count} recipients?',
        });
  return (
    <Dialog
      open={confirmation !== null}
      onClose={sending ? undefined : onClose}
      fullScreen={fullScreen}
      fullWidth
      maxWidth="sm"
      aria-labelledby="confirm-send-title"
    >
      <DialogTitle id="confirm-send-title">{title}</DialogTitle>
      <DialogContent>
        {!estimate && !confirmation?.problem && (
          <LinearProgress aria-label={translate('contactly.compose.estimate.checking', { _: 'Checking the recipients' })} />
        )}
        {confirmation?.problem && <Alert severity="error">{confirmation.problem}</Alert>}
        {estimate && (
          <>
            <EstimateTotals estimate={estimate} />
            <EstimateGroups estimate={estimate} />
          </>
        )}
        {sending && <LinearProgress sx={{ mt: 2 }} aria-label={translate('contactly.compose.sending', { _: 'Sending…' })} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={sending}>
          {translate('contactly.compose.confirm.back', { _: 'Back to the draft' })}
        </Button>
        <Button variant="contained" onClick={onConfirm} disabled={sending || !reach || reach.reached === 0} data-testid="confirm-send">
          {reach && reach.reached > 0
            ? translate('contactly.compose.confirm.send', { smart_count: reach.reached, _: 'Send to %{smart_count}' })
            : translate('contactly.compose.send', { _: 'Send' })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
