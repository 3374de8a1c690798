import { Button } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { MouseEvent } from 'react';
import { useNotify, useRecordContext, useRefresh } from 'react-admin';
import { api, unwrap } from '../../api/client';
import { useNotifyError } from '../../admin/use-notify-error';
import type { SendChannelType } from '../api-types';

/**
 * Enables or disables the channel of the record: POST …/enable or …/disable at the version read
 * (a stale one is 412). Nothing new is sent on a disabled channel; its rules, blocks and history stay.
 */
export function ChannelSwitch() {
  const channel = useRecordContext<SendChannelType>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const toggle = useMutation({
    mutationFn: (target: SendChannelType) => {
      const options = { params: { path: { channel: String(target.sendChannelTypeId) }, header: { 'If-Match': `"${target.version}"` } } };
      return unwrap(
        target.enabled
          ? api.POST('/api/v1/send_channel_types/{channel}/disable', options)
          : api.POST('/api/v1/send_channel_types/{channel}/enable', options),
      );
    },
    onSuccess: (saved) => notify(`${saved.name} is ${saved.enabled ? 'enabled' : 'disabled'}`, { type: 'success' }),
    onError: notifyError,
    onSettled: () => refresh(),
  });
  if (!channel) return null;

  const click = (event: MouseEvent) => {
    // The button sits in a clickable list row: the click is the switch's, not the row's.
    event.stopPropagation();
    toggle.mutate(channel);
  };
  return (
    <Button
      size="small"
      color={channel.enabled ? 'warning' : 'primary'}
      disabled={toggle.isPending}
      onClick={click}
      aria-label={`${channel.enabled ? 'Disable' : 'Enable'} ${channel.name}`}
    >
      {channel.enabled ? 'Disable' : 'Enable'}
    </Button>
  );
}
