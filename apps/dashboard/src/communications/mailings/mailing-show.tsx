import CancelScheduleSendIcon from '@mui/icons-material/CancelScheduleSend';
import { Box, Button, Card, CardContent, Chip, Grid, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  Confirm,
  DataTable,
  DateField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useNotifyError } from '../../admin/use-notify-error';
import { useFormat } from '../../i18n/format';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import { ClientLink } from '../sending/client-link';
import { STATUS_CHOICES, statusColor } from '../sending/communication-status';
import { ReasonText } from '../sending/reason-text';
import { cancelMailing } from '../sending/sending-api';
import type { Communication, Mailing } from '../sending/sending-types';
import { StatusChip } from '../sending/status-chip';
import { mailingSummary, recipientsText } from './mailing-summary';
import { formatNumber } from '../../i18n/format';
import { currentLocale } from '../../i18n/locale-memory';

/** While some of its communications wait for the dispatcher, the page reads them again this often. */
const PENDING_REFRESH_MS = 3_000;

const pendingIn = (mailing: Pick<Mailing, 'statusCounts'> | undefined) =>
  Boolean(mailing && ((mailing.statusCounts.scheduled ?? 0) > 0 || (mailing.statusCounts.sending ?? 0) > 0));

const rowsPending = (page: unknown) =>
  ((page as { data?: Communication[] } | undefined)?.data ?? []).some((c) => c.status === 'scheduled' || c.status === 'sending');

function Figure({ label, value, testId, color }: { label: string; value: number; testId: string; color?: string }) {
  return (
    <Box sx={{ minWidth: 120 }}>
      <Typography variant="h4" component="p" data-testid={testId} sx={{ color }}>
        {formatNumber(value, currentLocale())}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
    </Box>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Grid size={{ xs: 12, sm: 6, md: 4 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Box>{children}</Box>
    </Grid>
  );
}

/** Each recipient's communication with its status and reason, filtered by status. */
function Recipients({ pending }: { pending: boolean }) {
  const translate = useTranslate();
  const [status, setStatus] = useState('');
  return (
    <Box component="section" aria-labelledby="mailing-recipients-title" sx={{ mt: 3 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography id="mailing-recipients-title" variant="h6" component="h2">
          {translate('Recipients')}
        </Typography>
        <TextField
          fullWidth={false}
          select
          size="small"
          label={translate('Status')}
          value={status}
          onChange={(event) => setStatus(event.target.value)}
          sx={{ width: 200 }}
        >
          <MenuItem value="">{translate('Any status')}</MenuItem>
          {STATUS_CHOICES.map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {choice.name}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <ReferenceManyField
        reference="communications"
        target="mailingId"
        filter={status ? { status } : {}}
        sort={{ field: 'communicationId', order: 'ASC' }}
        perPage={25}
        pagination={<Pagination />}
        // Read again while the mailing or a row shown still waits for the dispatcher (the two reads are not in step).
        queryOptions={{ refetchInterval: (query) => (pending || rowsPending(query.state.data) ? PENDING_REFRESH_MS : false) }}
      >
        <DataTable<Communication & { id: number }>
          bulkActionButtons={false}
          rowClick="show"
          empty={<Typography color="text.secondary">{translate('No recipient has this status.')}</Typography>}
        >
          <DataTable.Col source="communicationId" label="Id" />
          <DataTable.Col source="clientId" label="Client" render={() => <ClientLink />} />
          <DataTable.Col source="address" />
          <DataTable.Col source="status" render={(c) => <StatusChip status={c.status} />} />
          <DataTable.Col
            source="reason"
            label="Why"
            render={(c) => <ReasonText reason={c.reason} lastError={c.status === 'failed' ? c.lastError : null} />}
          />
          <DataTable.Col source="scheduledTime" label="Goes at">
            <DateField source="scheduledTime" showTime />
          </DataTable.Col>
          <DataTable.Col source="sentTime" label="Sent">
            <DateField source="sentTime" showTime emptyText="—" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
}

/**
 * One send: what went to whom, how many were accepted, moved out of quiet hours and skipped (and
 * why), how its communications stand now, and each recipient's status and reason. What is still
 * scheduled can be cancelled.
 */
function MailingDetails() {
  const format = useFormat();
  const translate = useTranslate();
  const mailing = useRecordContext<Mailing & { id: number }>();
  const principal = useSignedInPrincipal();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [cancelling, setCancelling] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!mailing) return null;
  const summary = mailingSummary(mailing);
  const waiting = mailing.statusCounts.scheduled ?? 0;
  const mayCancel = (hasPermission(principal, 'communications:send') || hasPermission(principal, 'communications:admin')) && waiting > 0;

  const cancel = async () => {
    setBusy(true);
    try {
      await cancelMailing(mailing.mailingId);
      notify('What of «%{name}» was still scheduled is cancelled', { type: 'success', messageArgs: { name: mailing.name } });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
      setCancelling(false);
      refresh();
    }
  };

  return (
    <Card>
      <CardContent>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, mb: 2 }}
        >
          <Typography variant="h5" component="h1">
            {mailing.name}
          </Typography>
          {mayCancel && (
            <Button variant="outlined" color="warning" startIcon={<CancelScheduleSendIcon />} onClick={() => setCancelling(true)}>
              {translate('Cancel the %{count} still scheduled', { count: format.number(waiting) })}
            </Button>
          )}
        </Stack>

        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }} aria-label={translate('Outcome of the send')}>
          <Figure label={translate('Recipients')} value={summary.recipients} testId="mailing-recipients" />
          <Figure label={translate('Accepted')} value={summary.accepted} testId="mailing-accepted" color="success.main" />
          <Figure label={translate('Moved (quiet hours)')} value={summary.moved} testId="mailing-moved" color="info.main" />
          <Figure
            label={translate('Skipped')}
            value={summary.skipped}
            testId="mailing-skipped"
            color={summary.skipped ? 'warning.main' : undefined}
          />
        </Stack>

        {summary.skippedBy.length > 0 && (
          <Box sx={{ mb: 2 }} data-testid="mailing-skipped-reasons">
            <Typography variant="subtitle1" component="h2">
              {translate('Why recipients were skipped')}
            </Typography>
            {summary.skippedBy.map((reason) => (
              <Typography key={reason.code} variant="body2">
                {format.number(reason.count)} × {reason.title}{' '}
                <Typography component="span" variant="caption" color="text.secondary">
                  ({reason.code})
                </Typography>
              </Typography>
            ))}
          </Box>
        )}

        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}
          data-testid="mailing-status-counts"
        >
          <Typography variant="body2" color="text.secondary">
            {translate('Now:')}
          </Typography>
          {summary.now.map((entry) => (
            <Chip
              key={entry.status}
              size="small"
              color={statusColor(entry.status)}
              variant="outlined"
              label={`${translate(entry.label)}: ${format.number(entry.count)}`}
            />
          ))}
        </Stack>

        <Grid container spacing={2}>
          <Detail label={translate('Type')}>
            <ReferenceField source="communicationTypeId" reference="communication_types" link={false} />
          </Detail>
          <Detail label={translate('Channel')}>
            <ReferenceField source="sendChannelTypeId" reference="send_channel_types" link={false} />
          </Detail>
          <Detail label={translate('Document')}>
            <ReferenceField source="documentId" reference="documents" />
          </Detail>
          <Detail label={translate('Department')}>
            <ReferenceField source="departmentId" reference="departments" link={false} />
          </Detail>
          <Detail label={translate('Sent by')}>{mailing.sender.username}</Detail>
          <Detail label={translate('Recipients named as')}>{recipientsText(mailing.recipients)}</Detail>
          <Detail label={translate('Asked for')}>
            {mailing.scheduledTime ? format.dateTime(mailing.scheduledTime) : translate('At once, or per client')}
          </Detail>
          <Detail label={translate('Created')}>{format.dateTime(mailing.createTime)}</Detail>
          <Detail label={translate('Variables')}>
            {Object.entries(mailing.variables)
              .map(([name, value]) => `${name} = ${value}`)
              .join(', ') || '—'}
          </Detail>
        </Grid>

        <Recipients pending={pendingIn(mailing)} />
      </CardContent>
      <Confirm
        isOpen={cancelling}
        loading={busy}
        title="Cancel what of «%{name}» is still scheduled?"
        content="%{count} communication(s) will not be sent; what was sent stays."
        translateOptions={{ name: mailing.name, count: format.number(waiting) }}
        confirm="Cancel them"
        cancel="Keep them"
        onConfirm={cancel}
        onClose={() => setCancelling(false)}
      />
    </Card>
  );
}

export function MailingShow() {
  return (
    <Show
      actions={false}
      component="div"
      queryOptions={{ refetchInterval: (query) => (pendingIn(query.state.data as Mailing | undefined) ? PENDING_REFRESH_MS : false) }}
    >
      <MailingDetails />
    </Show>
  );
}
