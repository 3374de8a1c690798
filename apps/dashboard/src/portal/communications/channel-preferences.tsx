import { Card, CardContent, FormControlLabel, List, ListItem, Switch, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useNotifyError } from '../../admin/use-notify-error';
import { useSignedInPrincipal } from '../../auth/session-context';
import { blockMyChannel, liftMyBlock, listMyChannels, type MyChannel } from '../portal-api';
import { LoadState } from '../portal-page';

export const MY_CHANNELS_KEY = ['portal', 'channels'];

/** Which channels we may write to me on: switching one off blocks it for me; on again lifts the block. */
export function ChannelPreferences() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const clientId = Number(useSignedInPrincipal().customerId);
  const channels = useQuery({ queryKey: MY_CHANNELS_KEY, queryFn: ({ signal }) => listMyChannels(signal) });
  const [busy, setBusy] = useState<number | null>(null);
  const t = (key: string, english: string, values?: Record<string, unknown>) =>
    translate(`contactly.portal.channels.${key}`, { _: english, ...values });

  const toggle = async (channel: MyChannel) => {
    setBusy(channel.sendChannelTypeId);
    try {
      if (channel.block) {
        await liftMyBlock(channel.block.channelBlockId);
        notify(t('unblocked', 'We may write to you by %{channel} again', { channel: channel.name }), { type: 'success' });
      } else {
        await blockMyChannel(channel, clientId, t('reason', 'Blocked by the subscriber in the portal'));
        notify(t('blocked', 'We will not write to you by %{channel}', { channel: channel.name }), { type: 'success' });
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
      await queryClient.invalidateQueries({ queryKey: MY_CHANNELS_KEY });
    }
  };

  const until = (channel: MyChannel) =>
    channel.block?.until
      ? t('blockedUntil', 'Blocked until %{date}', {
          date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(channel.block.until)),
        })
      : null;

  return (
    <Card variant="outlined" component="section" aria-labelledby="channels-title">
      <CardContent>
        <Typography id="channels-title" variant="h6" component="h2">
          {t('title', 'How we may contact you')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('intro', 'Switch a channel off and we send you nothing on it (messages you ask for, like codes, still come).')}
        </Typography>
        <LoadState pending={channels.isPending} error={channels.error} retry={() => channels.refetch()} />
        <List dense>
          {channels.data?.map((channel) => (
            <ListItem key={channel.sendChannelTypeId} disableGutters data-testid="channel-preference">
              <FormControlLabel
                sx={{ m: 0, width: '100%', justifyContent: 'space-between', gap: 2 }}
                labelPlacement="start"
                label={
                  <span>
                    {channel.name}
                    {until(channel) && (
                      <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
                        {until(channel)}
                      </Typography>
                    )}
                  </span>
                }
                control={
                  <Switch
                    checked={!channel.block}
                    disabled={busy === channel.sendChannelTypeId}
                    onChange={() => toggle(channel)}
                    slotProps={{ input: { 'aria-label': t('accept', 'Messages by %{channel}', { channel: channel.name }) } }}
                  />
                }
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
