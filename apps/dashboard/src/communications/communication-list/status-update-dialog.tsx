import AddIcon from '@mui/icons-material/Add';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { reportableAfter, statusLabel } from '../sending/communication-status';
import { updateCommunicationStatus } from '../sending/sending-api';
import type { Communication } from '../sending/sending-types';
import { EMPTY_STATUS_UPDATE, type StatusUpdateForm, statusUpdateOf } from '../sending/status-update';
import { useTranslate } from 'react-admin';

interface StatusUpdateDialogProps {
  communication: Communication;
  onUpdated(updated: Communication): void;
  onClose(): void;
}

/**
 * Reports a new status for one communication (delivered, failed with why, read, responded with
 * survey answers, ignored): only those its status leads to. Sent at the version read, so a change
 * made meanwhile is not overwritten (412).
 */
export function StatusUpdateDialog({ communication, onUpdated, onClose }: StatusUpdateDialogProps) {
  const translate = useTranslate();
  const [form, setForm] = useState<StatusUpdateForm>(EMPTY_STATUS_UPDATE);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const choices = reportableAfter(communication.status);
  const set = (change: Partial<StatusUpdateForm>) => setForm((current) => ({ ...current, ...change }));
  const setAnswer = (index: number, change: Partial<StatusUpdateForm['answers'][number]>) =>
    set({ answers: form.answers.map((row, i) => (i === index ? { ...row, ...change } : row)) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const built = statusUpdateOf(form);
    if (built.problem !== undefined) return setProblem(built.problem);
    setSaving(true);
    setProblem(null);
    try {
      onUpdated(await updateCommunicationStatus(communication, built.update));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="status-update-title" fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="status-update-title">{translate('Update the status')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            Now {statusLabel(communication.status).toLowerCase()}.
          </Typography>
          <TextField
            select
            label={translate('New status')}
            value={form.status}
            onChange={(event) => set({ status: event.target.value as StatusUpdateForm['status'] })}
            margin="dense"
            fullWidth
            required
          >
            {choices.map((status) => (
              <MenuItem key={status} value={status}>
                {statusLabel(status)}
              </MenuItem>
            ))}
          </TextField>
          {form.status === 'failed' && (
            <TextField
              label={translate('Why it failed')}
              value={form.reason}
              onChange={(event) => set({ reason: event.target.value })}
              margin="dense"
              fullWidth
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
          )}
          {form.status === 'responded' && (
            <Stack spacing={1} sx={{ mt: 1 }}>
              <Typography variant="subtitle2">{translate('Survey answers')}</Typography>
              {form.answers.map((row, index) => (
                <Stack key={index} direction="row" spacing={1}>
                  <TextField
                    fullWidth={false}
                    size="small"
                    label={translate('Question')}
                    value={row.question}
                    onChange={(event) => setAnswer(index, { question: event.target.value })}
                  />
                  <TextField
                    size="small"
                    label={translate('Answer')}
                    value={row.answer}
                    onChange={(event) => setAnswer(index, { answer: event.target.value })}
                    sx={{ flex: 1 }}
                  />
                </Stack>
              ))}
              <Button
                size="small"
                startIcon={<AddIcon />}
                onClick={() => set({ answers: [...form.answers, { question: '', answer: '' }] })}
                sx={{ alignSelf: 'flex-start' }}
              >
                {translate('Add an answer')}
              </Button>
            </Stack>
          )}
          {problem && (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {problem}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('Close')}</Button>
          <Button type="submit" variant="contained" disabled={saving}>
            {translate('Update')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
