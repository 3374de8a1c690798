import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { type CancelReason, type CancelWhen, cancelReasonChoices, commentRequired } from './subscription-rules';

const K = 'contactly.subscriptions.cancel';

export interface CancelChoice {
  when: CancelWhen;
  reason: CancelReason;
  comment?: string;
}

interface CancelDialogProps {
  name: string;
  /** The current period's end, in words, when the subscription has one. */
  periodEnd?: string;
  onClose(): void;
  /** Sends the cancellation; a failure is shown in the dialog, which stays open with the choices. */
  onConfirm(choice: CancelChoice): Promise<void>;
}

/** Cancel now or at period end, with one of the six reasons and an optional comment (needed for "Other"). */
export function CancelDialog({ name, periodEnd, onClose, onConfirm }: CancelDialogProps) {
  const translate = useTranslate();
  const [when, setWhen] = useState<CancelWhen>('periodEnd');
  const [reason, setReason] = useState<CancelReason | ''>('');
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const reasonMissing = !reason;
  const commentMissing = commentRequired(reason) && !comment.trim();

  const submit = async () => {
    setTried(true);
    if (reasonMissing || commentMissing) return;
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm({ when, reason: reason as CancelReason, ...(comment.trim() ? { comment: comment.trim() } : {}) });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="cancel-subscription-title">
      <DialogTitle id="cancel-subscription-title">{translate(`${K}.title`, { _: 'Cancel %{name}?', name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <FormControl>
            <FormLabel id="cancel-when">{translate(`${K}.when`, { _: 'When' })}</FormLabel>
            <RadioGroup aria-labelledby="cancel-when" value={when} onChange={(event) => setWhen(event.target.value as CancelWhen)}>
              <FormControlLabel
                value="periodEnd"
                control={<Radio />}
                data-testid="cancel-period-end"
                label={
                  periodEnd
                    ? translate(`${K}.period_end`, { _: 'At the end of the current period (%{date})', date: periodEnd })
                    : translate(`${K}.period_end_plain`, { _: 'At the end of the current period' })
                }
              />
              <FormControlLabel
                value="now"
                control={<Radio />}
                data-testid="cancel-now"
                label={translate(`${K}.now`, { _: 'Now — it ends at once' })}
              />
            </RadioGroup>
          </FormControl>
          <TextField
            select
            label={translate(`${K}.reason`, { _: 'Reason' })}
            value={reason}
            onChange={(event) => setReason(event.target.value as CancelReason)}
            error={tried && reasonMissing}
            helperText={tried && reasonMissing ? translate(`${K}.reason_needed`, { _: 'Choose a reason.' }) : ' '}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'cancel-reason' } as object } }}
          >
            {cancelReasonChoices(translate).map((choice) => (
              <MenuItem key={choice.id} value={choice.id} data-testid={`reason-${choice.id}`}>
                {choice.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={translate(`${K}.comment`, { _: 'Comment' })}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            multiline
            minRows={2}
            slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'cancel-comment' } }}
            error={tried && commentMissing}
            helperText={
              tried && commentMissing ? translate(`${K}.comment_needed`, { _: 'Please say a few words when the reason is “Other”.' }) : ' '
            }
          />
          {failure && (
            <Alert severity="error" role="alert">
              {failure}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap' }}>
        <Button onClick={onClose} disabled={busy}>
          {translate(`${K}.keep`, { _: 'Keep it' })}
        </Button>
        <Button onClick={submit} disabled={busy} color="error" variant="contained" data-testid="cancel-confirm">
          {translate(`${K}.confirm`, { _: 'Cancel subscription' })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
