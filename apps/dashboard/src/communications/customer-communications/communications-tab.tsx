import SendIcon from '@mui/icons-material/Send';
import {
  Alert,
  Box,
  Button,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import type { CustomerTabProps } from '../../customers/tabs/customer-tab';
import type { ComposeFor } from '../compose/compose-draft';
import { useCatalogs } from '../role-permissions/use-catalogs';
import { ReasonText } from '../sending/reason-text';
import { listClientCommunications, sendingKeys } from '../sending/sending-api';
import { communicationPath, COMPOSE_PATH } from '../sending/sending-paths';
import { StatusChip } from '../sending/status-chip';
import { CheckChannel } from './check-channel';
import { useTranslate } from 'react-admin';
import { formatDateTime } from '../../i18n/format';
import { currentLocale } from '../../i18n/locale-memory';

const PAGE_SIZE = 10;

/**
 * The customer 360 page's "Communications" tab: the client's communications, newest first, each
 * with its status and reason and a link to it; and a check whether a channel reaches them now (or then).
 */
export function CommunicationsTab({ customer }: CustomerTabProps) {
  const translate = useTranslate();
  const clientId = Number(customer.data.id);
  const principal = useSignedInPrincipal();
  const sender = hasPermission(principal, 'communications:send') || hasPermission(principal, 'communications:admin');
  const [page, setPage] = useState(0);
  const catalogs = useCatalogs();
  const communications = useQuery({
    queryKey: [...sendingKeys.clientCommunications(clientId), page],
    queryFn: ({ signal }) => listClientCommunications(clientId, page * PAGE_SIZE, PAGE_SIZE, signal),
    placeholderData: keepPreviousData,
  });
  const nameOf = {
    type: (id: number | null) => catalogs.types.find((type) => type.communicationTypeId === id)?.name ?? (id === null ? '—' : `#${id}`),
    channel: (id: number | null) =>
      catalogs.channels.find((channel) => channel.sendChannelTypeId === id)?.name ?? (id === null ? '—' : `#${id}`),
  };
  const rows = communications.data?.items ?? [];
  const composeFor: ComposeFor = { recipient: { clientId, label: `${customer.data.name} (#${clientId})` } };

  return (
    <section aria-labelledby="client-communications-title">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography id="client-communications-title" variant="h6" component="h2">
          {translate('Communications')}
        </Typography>
        {sender && (
          <Button component={Link} to={COMPOSE_PATH} state={composeFor} startIcon={<SendIcon />} variant="outlined">
            {translate('Compose')}
          </Button>
        )}
      </Stack>
      <Box sx={{ height: 4 }}>{communications.isFetching && <LinearProgress aria-label={translate('Loading the communications')} />}</Box>
      {communications.error && (
        <Alert severity="error" role="alert" action={<Button onClick={() => communications.refetch()}>{translate('Retry')}</Button>}>
          The communications could not be loaded: {communications.error.message}
        </Alert>
      )}
      {communications.data && rows.length === 0 && (
        <Typography color="text.secondary">{translate('Nothing has been sent to this client yet.')}</Typography>
      )}
      {rows.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-labelledby="client-communications-title">
            <TableHead>
              <TableRow>
                <TableCell>{translate('Created')}</TableCell>
                <TableCell>{translate('Name')}</TableCell>
                <TableCell>{translate('Type')}</TableCell>
                <TableCell>{translate('Channel')}</TableCell>
                <TableCell>{translate('Status')}</TableCell>
                <TableCell>{translate('Reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((c) => (
                <TableRow key={c.communicationId} data-testid="client-communication">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.createTime, currentLocale())}</TableCell>
                  <TableCell>
                    <Link to={communicationPath(c.communicationId)}>{c.transactional ? `${c.name} (transactional)` : c.name}</Link>
                  </TableCell>
                  <TableCell>{nameOf.type(c.communicationTypeId)}</TableCell>
                  <TableCell>{nameOf.channel(c.sendChannelTypeId)}</TableCell>
                  <TableCell>
                    <StatusChip status={c.status} />
                  </TableCell>
                  <TableCell>
                    <ReasonText reason={c.reason} lastError={c.status === 'failed' ? c.lastError : null} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {(communications.data?.total ?? 0) > PAGE_SIZE && (
        <TablePagination
          component="div"
          count={communications.data?.total ?? 0}
          page={page}
          rowsPerPage={PAGE_SIZE}
          rowsPerPageOptions={[]}
          onPageChange={(_, next) => setPage(next)}
        />
      )}
      <CheckChannel clientId={clientId} channels={catalogs.channels.filter((channel) => channel.enabled)} types={catalogs.types} />
    </section>
  );
}
