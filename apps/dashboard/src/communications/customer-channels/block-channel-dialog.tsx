import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import type { ChannelBlock, SendChannelType } from '../api-types';
import { type BlockDuration, type BlockInput, blockRequestOf } from '../channel-blocks/block-terms';
import { formErrorsOf } from '../form-problems';
import { blockChannel } from './channels-api';
import { useTranslate } from 'react-admin';

type Problems = Partial<Record<keyof BlockInput, string>>;

/** The server names the block's attributes; the dialog types the end as a local date-time. */
const dialogField = (field: string): keyof BlockInput | undefined =>
  field === 'until' ? 'untilLocal' : field === 'sendChannelTypeId' || field === 'reason' ? field : undefined;

function problemsOf(error: unknown): { message: string; fields: Problems } {
  const fields: Problems = {};
  for (const [field, message] of Object.entries(formErrorsOf('channel_blocks', 'create', error) ?? {})) {
    const own = dialogField(field);
    if (own) fields[own] = message;
  }
  return { message: error instanceof Error ? error.message : String(error), fields };
}

interface BlockChannelDialogProps {
  clientId: number;
  clientName: string;
  /** The channels not blocked for the client yet. */
  channels: readonly Pick<SendChannelType, 'sendChannelTypeId' | 'name' | 'enabled'>[];
  onBlocked(block: ChannelBlock): void;
  onClose(): void;
}

/** Blocks a channel for a client: until a date (it ends by itself) or permanently, with a reason. */
export function BlockChannelDialog({ clientId, clientName, channels, onBlocked, onClose }: BlockChannelDialogProps) {
  const translate = useTranslate();
  const [input, setInput] = useState<BlockInput>({
    sendChannelTypeId: channels.length === 1 ? channels[0].sendChannelTypeId : '',
    duration: 'temporary',
    untilLocal: '',
    reason: '',
  });
  const [problem, setProblem] = useState<{ message?: string; fields: Problems } | null>(null);
  const [sending, setSending] = useState(false);
  const edit = (change: Partial<BlockInput>) => setInput((current) => ({ ...current, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = blockRequestOf(clientId, input, new Date());
    if ('problems' in checked) {
      setProblem({ fields: checked.problems });
      return;
    }
    setSending(true);
    setProblem(null);
    try {
      onBlocked(await blockChannel(checked.request));
    } catch (error) {
      setProblem(problemsOf(error));
      setSending(false);
    }
  };

  const fieldError = (field: keyof BlockInput) => problem?.fields[field];

  return (
    <Dialog open onClose={onClose} aria-labelledby="block-channel-title" fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="block-channel-title">Block a channel for {clientName}</DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2">
            {translate('Nothing is sent to the client on a blocked channel, whatever the department or rule.')}
          </DialogContentText>
          {problem?.message && (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {problem.message}
            </Alert>
          )}
          <TextField
            select
            label={translate('Channel')}
            required
            fullWidth
            margin="normal"
            value={input.sendChannelTypeId}
            onChange={(event) => edit({ sendChannelTypeId: Number(event.target.value) })}
            error={!!fieldError('sendChannelTypeId')}
            helperText={fieldError('sendChannelTypeId')}
          >
            {channels.map((channel) => (
              <MenuItem key={channel.sendChannelTypeId} value={channel.sendChannelTypeId}>
                {channel.name}
                {channel.enabled ? '' : ' (disabled for everyone)'}
              </MenuItem>
            ))}
          </TextField>
          <FormControl margin="normal">
            <FormLabel id="block-duration-label">{translate('How long')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby="block-duration-label"
              value={input.duration}
              onChange={(event) => edit({ duration: event.target.value as BlockDuration })}
            >
              <FormControlLabel value="temporary" control={<Radio />} label={translate('Until a date')} />
              <FormControlLabel value="permanent" control={<Radio />} label={translate('Permanently')} />
            </RadioGroup>
          </FormControl>
          {input.duration === 'temporary' && (
            <TextField
              label={translate('Blocked until')}
              type="datetime-local"
              required
              fullWidth
              margin="normal"
              value={input.untilLocal}
              onChange={(event) => edit({ untilLocal: event.target.value })}
              error={!!fieldError('untilLocal')}
              helperText={fieldError('untilLocal') ?? translate('Your local time; the block ends by itself then')}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          )}
          <TextField
            label={translate('Reason')}
            required
            fullWidth
            multiline
            margin="normal"
            value={input.reason}
            onChange={(event) => edit({ reason: event.target.value })}
            error={!!fieldError('reason')}
            helperText={fieldError('reason') ?? 'e.g. Клиент попросил не присылать SMS'}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('Cancel')}</Button>
          <Button type="submit" variant="contained" disabled={sending}>
            {translate('Block channel')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
