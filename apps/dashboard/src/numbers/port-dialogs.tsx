import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { useNotifyError } from '../admin/use-notify-error';
import { numberRefusalText } from './number-refusals';
import { type NumberResource, portIn, portOut } from './numbers-api';

const K = 'contactly.numbers.port';

/** Brings a number from another operator into the pool, tagged with its donor. */
export function PortInButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [donor, setDonor] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const number = await portIn({ value: value.replace(/[\s+()-]/g, ''), donorOperator: donor.trim() });
      notify(translate(`${K}.in_done`, { _: '%{number} is ported in from %{donor}.', number: number?.value ?? value, donor }), {
        type: 'success',
      });
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: ['numbers'] });
    } catch (error) {
      setFailure(numberRefusalText(error, translate));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="port-in">
        {translate(`${K}.in`, { _: 'Port in' })}
      </Button>
      <Dialog open={open} onClose={busy ? undefined : () => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{translate(`${K}.in_title`, { _: 'Port a number in' })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              label={translate(`${K}.number`, { _: 'Phone number' })}
              value={value}
              onChange={(event) => setValue(event.target.value)}
              required
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
            <TextField
              label={translate(`${K}.donor`, { _: 'Donor operator' })}
              value={donor}
              onChange={(event) => setDonor(event.target.value)}
              required
            />
            {failure && (
              <Alert severity="error" role="alert">
                {failure}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={busy}>
            {translate('ra.action.cancel', { _: 'Cancel' })}
          </Button>
          <Button variant="contained" onClick={submit} disabled={busy || !value.trim() || !donor.trim()}>
            {translate(`${K}.in`, { _: 'Port in' })}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

/** Lets a number leave the pool for another operator: it is gone for good, so it is confirmed. */
export function PortOutButton({ number, onDone }: { number: NumberResource; onDone(): void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await portOut({ value: number.value, resourceType: number.resourceType });
      notify(translate(`${K}.out_done`, { _: '%{number} is ported out and has left the pool.', number: number.value }), {
        type: 'success',
      });
      await queryClient.invalidateQueries({ queryKey: ['numbers'] });
      onDone();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button size="small" color="warning" onClick={() => setOpen(true)}>
        {translate(`${K}.out`, { _: 'Port out' })}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={translate(`${K}.out_title`, { _: 'Port %{number} out?', number: number.value })}
        content={translate(`${K}.out_content`, { _: 'It leaves the pool for good; a subscription using it loses it.' })}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
