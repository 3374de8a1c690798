import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Rating, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import type { Communication } from '../portal-api';

interface AnswerDialogProps {
  communication: Communication;
  onSubmit(answers: Record<string, unknown>): Promise<void>;
  onClose(): void;
}

/** An answer to a survey (or a reply to a message): a mark out of 5 and words; a later answer replaces it. */
export function AnswerDialog({ communication, onSubmit, onClose }: AnswerDialogProps) {
  const translate = useTranslate();
  const previous = communication.answers ?? {};
  const [rating, setRating] = useState<number | null>(typeof previous.rating === 'number' ? previous.rating : null);
  const [comment, setComment] = useState(typeof previous.comment === 'string' ? previous.comment : '');
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const t = (key: string, english: string, values?: Record<string, unknown>) =>
    translate(`contactly.portal.answer.${key}`, { _: english, ...values });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSending(true);
    setFailure(null);
    try {
      await onSubmit({ ...(rating !== null ? { rating } : {}), ...(comment.trim() ? { comment: comment.trim() } : {}) });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setSending(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="answer-title">
      <form onSubmit={submit}>
        <DialogTitle id="answer-title">{t('title', 'Answer “%{name}”', { name: communication.name })}</DialogTitle>
        <DialogContent>
          {failure && (
            <Alert severity="error" role="alert" sx={{ mb: 2 }}>
              {failure}
            </Alert>
          )}
          <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2 }}>
            <Typography component="legend" variant="body2">
              {t('rating', 'Your mark')}
            </Typography>
            <Rating name="rating" value={rating} onChange={(_, value) => setRating(value)} />
          </Box>
          <TextField
            label={t('comment', 'Your answer')}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            multiline
            minRows={3}
            fullWidth
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('cancel', 'Cancel')}</Button>
          <Button type="submit" variant="contained" disabled={sending || (rating === null && !comment.trim())}>
            {t('send', 'Send answer')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
