import BlockIcon from '@mui/icons-material/Block';
import {
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { useNotifyError } from '../../admin/use-notify-error';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import type { CustomerTabProps } from '../../customers/tabs/customer-tab';
import type { ChannelBlock } from '../api-types';
import { blockTerm } from '../channel-blocks/block-terms';
import { BlockChannelDialog } from './block-channel-dialog';
import { blockableChannels, type ChannelState, type ChannelStatus, channelStates, endedBlocks } from './channel-states';
import { clientChannelsKey, getAvailability, liftBlock, listChannels, listClientBlocks } from './channels-api';
import { SocialAccountsSection } from './social-accounts-section';

/** Blocking a channel is an opt-out: senders, administrators and agents who change customer data may (as the API). */
const MAY_BLOCK = ['communications:send', 'communications:admin', 'customers:write'];

const STATUS_CHIPS: Record<ChannelStatus, { label: string; color: 'success' | 'error' | 'default' }> = {
  open: { label: 'Open', color: 'success' },
  blocked: { label: 'Blocked', color: 'error' },
  disabled: { label: 'Disabled for everyone', color: 'default' },
};

const blockDetails = (block: ChannelBlock) => `${blockTerm(block)} · ${block.reason} · by ${block.blockedBy}`;

/**
 * The customer 360 page's "Channels" tab: whether the client may be contacted at all
 * (GET /api/v1/clients/{id}/availability), their social accounts (the Social channel's addresses),
 * and on each channel whether it is open, blocked for
 * them (until when, why, by whom) or disabled for everyone; block a channel, lift a block.
 */
export function ChannelsTab({ customer }: CustomerTabProps) {
  const translate = useTranslate();
  const clientId = Number(customer.data.id);
  // The send's own rule (CUSTOMER_NOT_ACTIVE): a suspended or closed customer gets service messages only.
  const serviceOnly = customer.data.status === 'suspended' || customer.data.status === 'closed';
  const principal = useSignedInPrincipal();
  const mayBlock = MAY_BLOCK.some((permission) => hasPermission(principal, permission));
  const notify = useNotify();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const key = clientChannelsKey(clientId);
  const availability = useQuery({ queryKey: [...key, 'availability'], queryFn: ({ signal }) => getAvailability(clientId, signal) });
  const channels = useQuery({ queryKey: ['send_channel_types', 'all'], queryFn: ({ signal }) => listChannels(signal) });
  const blocks = useQuery({ queryKey: [...key, 'blocks'], queryFn: ({ signal }) => listClientBlocks(clientId, signal) });
  const [blocking, setBlocking] = useState(false);
  const [lifting, setLifting] = useState<ChannelBlock | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const states: ChannelState[] = channels.data && blocks.data ? channelStates(channels.data, blocks.data) : [];
  const ended = blocks.data ? endedBlocks(blocks.data) : [];
  const problem = channels.error ?? blocks.error;

  const blocked = async (block: ChannelBlock) => {
    setBlocking(false);
    notify('%{channel} is blocked for %{name}', { type: 'success', messageArgs: { channel: block.channelName, name: customer.data.name } });
    await refresh();
  };

  const confirmLift = async () => {
    if (!lifting) return;
    setBusy(true);
    try {
      await liftBlock(lifting.channelBlockId);
      notify('%{channel} is open again for %{name}', {
        type: 'success',
        messageArgs: { channel: lifting.channelName, name: customer.data.name },
      });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
      setLifting(null);
      await refresh();
    }
  };

  return (
    <section aria-labelledby="channels-title">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography id="channels-title" variant="h6" component="h2">
          {translate('Channels')}
        </Typography>
        {mayBlock && (
          <Button
            startIcon={<BlockIcon />}
            variant="outlined"
            onClick={() => setBlocking(true)}
            disabled={!states.length || !blockableChannels(states).length}
          >
            {translate('Block channel')}
          </Button>
        )}
      </Stack>

      {availability.data && (
        <Alert
          severity={availability.data.available && !serviceOnly ? 'success' : 'warning'}
          data-testid="client-availability"
          sx={{ mb: 2 }}
        >
          {!availability.data.available
            ? translate('Not available: no communication is sent to this client on any channel.')
            : serviceOnly
              ? translate('Service messages only: marketing does not reach a suspended or closed customer.')
              : translate('Available for communications.')}
        </Alert>
      )}
      {availability.error && <Alert severity="error">The availability could not be loaded: {availability.error.message}</Alert>}
      <SocialAccountsSection clientId={clientId} clientName={customer.data.name} />

      {(channels.isPending || blocks.isPending) && <LinearProgress aria-label={translate('Loading the channels')} />}
      {problem && (
        <Alert severity="error" role="alert" action={<Button onClick={() => refresh()}>{translate('Retry')}</Button>}>
          The channels could not be loaded: {problem.message}
        </Alert>
      )}
      {states.length > 0 && (
        <Table size="small" aria-labelledby="channels-title">
          <TableHead>
            <TableRow>
              <TableCell>{translate('Channel')}</TableCell>
              <TableCell>{translate('For this client')}</TableCell>
              <TableCell>{translate('Block')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {states.map(({ channel, block, status }) => (
              <TableRow key={channel.sendChannelTypeId} data-testid="channel-row">
                <TableCell>{channel.name}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    label={translate(STATUS_CHIPS[status].label)}
                    color={STATUS_CHIPS[status].color}
                    data-testid="channel-status"
                  />
                </TableCell>
                <TableCell>{block ? blockDetails(block) : '—'}</TableCell>
                <TableCell align="right">
                  {mayBlock && block && (
                    <Button
                      size="small"
                      color="warning"
                      onClick={() => setLifting(block)}
                      aria-label={translate('Unblock %{channel}?', { channel: channel.name }).replace(/\?$/, '')}
                    >
                      {translate('Unblock')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      {ended.length > 0 && (
        <Box sx={{ mt: 3 }}>
          <Typography variant="subtitle1" component="h3" gutterBottom>
            {translate('Earlier blocks')}
          </Typography>
          {ended.map((block) => (
            <Typography key={block.channelBlockId} variant="body2" color="text.secondary" data-testid="ended-block">
              {block.channelName}: {blockDetails(block)}
            </Typography>
          ))}
        </Box>
      )}

      {blocking && (
        <BlockChannelDialog
          clientId={clientId}
          clientName={customer.data.name}
          channels={blockableChannels(states)}
          onBlocked={blocked}
          onClose={() => setBlocking(false)}
        />
      )}
      <Confirm
        isOpen={lifting !== null}
        loading={busy}
        title="Unblock %{channel}?"
        content="Communications may reach %{name} on %{channel} again."
        translateOptions={{ channel: lifting?.channelName ?? translate('this channel'), name: customer.data.name }}
        confirm="Unblock"
        onConfirm={confirmLift}
        onClose={() => setLifting(null)}
      />
    </section>
  );
}
