import { Alert, Box, Button, List, ListItem, ListItemText, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import type { CommunicationType, Department, SendChannelType } from '../api-types';
import { instantOfLocal } from '../local-date-time';
import { type ChannelCheck, checkChannel } from '../sending/sending-api';
import { channelVerdict } from './channel-verdict';

interface CheckChannelProps {
  clientId: number;
  channels: readonly SendChannelType[];
  types: readonly CommunicationType[];
}

const SEVERITY = { yes: 'success', later: 'info', no: 'warning' } as const;

/**
 * "Could a communication reach this client on this channel then?": the availability check (nothing
 * is sent), with the department whose rules, caps and bookings count and, optionally, the type.
 */
export function CheckChannel({ clientId, channels, types }: CheckChannelProps) {
  const translate = useTranslate();
  const departments = useGetList<Department & { id: number }>('departments', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  const [channelId, setChannelId] = useState<number | ''>('');
  const [typeId, setTypeId] = useState<number | ''>('');
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [atLocal, setAtLocal] = useState('');
  const check = useMutation({ mutationFn: (asked: ChannelCheck) => checkChannel(asked) });
  const channelName =
    channels.find((channel) => channel.sendChannelTypeId === check.data?.sendChannelTypeId)?.name ?? translate('The channel');
  const verdict = check.data ? channelVerdict(check.data, channelName) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (channelId === '') return;
    check.mutate({
      clientId,
      sendChannelTypeId: channelId,
      at: instantOfLocal(atLocal) ?? undefined,
      communicationTypeId: typeId === '' ? undefined : typeId,
      departmentId: departmentId === '' ? undefined : departmentId,
    });
  };

  return (
    <Box component="section" aria-labelledby="check-channel-title" sx={{ mt: 3 }}>
      <Typography id="check-channel-title" variant="h6" component="h2" gutterBottom>
        {translate('Check a channel')}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate(
          'Whether a communication could reach this client on a channel at a time, by the checks a send applies. Nothing is sent.',
        )}
      </Typography>
      <Stack
        component="form"
        onSubmit={submit}
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: { md: 'center' } }}
      >
        <TextField
          fullWidth={false}
          select
          size="small"
          label={translate('Channel')}
          value={channelId}
          onChange={(event) => setChannelId(Number(event.target.value))}
          required
          sx={{ minWidth: 160 }}
        >
          {channels.map((channel) => (
            <MenuItem key={channel.sendChannelTypeId} value={channel.sendChannelTypeId}>
              {channel.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          fullWidth={false}
          size="small"
          label={translate('At')}
          type="datetime-local"
          value={atLocal}
          onChange={(event) => setAtLocal(event.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
          helperText={atLocal ? undefined : translate('Empty: now')}
        />
        <TextField
          fullWidth={false}
          select
          size="small"
          label={translate('Type')}
          value={typeId}
          onChange={(event) => setTypeId(event.target.value === '' ? '' : Number(event.target.value))}
          sx={{ minWidth: 180 }}
        >
          <MenuItem value="">{translate('Any type')}</MenuItem>
          {types.map((type) => (
            <MenuItem key={type.communicationTypeId} value={type.communicationTypeId}>
              {type.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          fullWidth={false}
          select
          size="small"
          label={translate('For department')}
          value={departmentId}
          onChange={(event) => setDepartmentId(event.target.value === '' ? '' : Number(event.target.value))}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{translate('Mine (if I am an employee)')}</MenuItem>
          {(departments.data ?? []).map((department) => (
            <MenuItem key={department.departmentId} value={department.departmentId}>
              {department.name}
            </MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="outlined" disabled={channelId === '' || check.isPending}>
          {translate('Check channel')}
        </Button>
      </Stack>
      {check.error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          The check failed: {check.error.message}
        </Alert>
      )}
      {verdict && (
        <Alert severity={SEVERITY[verdict.answer]} sx={{ mt: 2 }} data-testid="channel-verdict">
          <Typography sx={{ fontWeight: 500 }}>{verdict.headline}</Typography>
          {verdict.reasons.length > 0 && (
            <List dense disablePadding>
              {verdict.reasons.map((reason) => (
                <ListItem key={reason.code} disableGutters>
                  <ListItemText primary={reason.title} secondary={reason.message} />
                </ListItem>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Box>
  );
}
