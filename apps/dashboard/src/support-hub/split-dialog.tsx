import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { hubErrorText } from './hub-error-text';
import { useHubText } from './hub-i18n';
import { REASON_MAX, reasonProblem } from './merge-split';
import { splitAggregatedCase } from './support-hub-api';
import { sourceLabel } from './support-hub-paths';
import type { AggregatedCaseDetail, MemberCase } from './support-hub-types';

interface Props {
  from: AggregatedCaseDetail;
  chosen: readonly MemberCase[];
  onClose(): void;
  /** Called with the new aggregated case. */
  onSplit(created: AggregatedCaseDetail): void;
}

/** Splits the chosen members out, together, into a new aggregated case, with a reason for the audit trail. */
export function SplitDialog({ from, chosen, onClose, onSplit }: Props) {
  const { t } = useHubText();
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const split = useMutation({
    mutationFn: () =>
      splitAggregatedCase(
        from.id,
        chosen.map((member) => member.id),
        reason,
      ),
    onSuccess: onSplit,
  });
  const problem = reasonProblem(reason, t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!problem) split.mutate();
  };

  return (
    <Dialog
      open
      onClose={split.isPending ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="split-title"
      slotProps={{ paper: { component: 'form', onSubmit: submit, noValidate: true } as object }}
    >
      <DialogTitle id="split-title">
        {t('contactly.supportHub.split.title', {
          _: 'Split %{smart_count} case out of #%{id} |||| Split %{smart_count} cases out of #%{id}',
          smart_count: chosen.length,
          id: from.id,
        })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>
          {t('contactly.supportHub.split.explain', {
            _: 'The chosen cases leave together for a new aggregated case, and stay there across refreshes. The split is audited with your reason.',
          })}
        </DialogContentText>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {chosen.map((member) => `${sourceLabel(member.source)} ${member.externalId}`).join(', ')}
        </Typography>
        {split.error && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid="split-error">
            {hubErrorText(split.error, 'split', t)}
          </Alert>
        )}
        <TextField
          label={t('contactly.supportHub.reason.label', { _: 'Reason' })}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          required
          fullWidth
          multiline
          minRows={2}
          margin="normal"
          autoFocus
          error={submitted && problem !== null}
          helperText={
            submitted && problem ? problem : t('contactly.supportHub.reason.hint', { _: 'Kept in the audit trail of both cases' })
          }
          slotProps={{ htmlInput: { maxLength: REASON_MAX, 'data-testid': 'split-reason' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={split.isPending}>
          {t('contactly.supportHub.common.cancel', { _: 'Cancel' })}
        </Button>
        <Button type="submit" variant="contained" disabled={split.isPending} data-testid="split-submit">
          {split.isPending
            ? t('contactly.supportHub.split.splitting', { _: 'Splitting…' })
            : t('contactly.supportHub.split.action', { _: 'Split out' })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
