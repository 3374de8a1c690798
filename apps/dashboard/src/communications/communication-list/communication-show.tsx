import CancelScheduleSendIcon from '@mui/icons-material/CancelScheduleSend';
import EditNoteIcon from '@mui/icons-material/EditNote';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Grid,
  List,
  ListItem,
  ListItemText,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Confirm, ReferenceField, Show, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { useNotifyError } from '../../admin/use-notify-error';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import { ClientLink } from '../sending/client-link';
import { isCancellable, reportableAfter } from '../sending/communication-status';
import { ReasonText } from '../sending/reason-text';
import { cancelCommunication } from '../sending/sending-api';
import { mailingPath } from '../sending/sending-paths';
import type { Communication } from '../sending/sending-types';
import { StatusChip } from '../sending/status-chip';
import { answerRows } from '../sending/status-update';
import { statusTimeline, type TimelineStep } from '../sending/status-timeline';
import { StatusUpdateDialog } from './status-update-dialog';
import { formatDateTime } from '../../i18n/format';
import { currentLocale } from '../../i18n/locale-memory';

/** While the dispatcher still has it, the page reads it again this often. */
const PENDING_REFRESH_MS = 3_000;

const when = (instant: string | null) => (instant ? formatDateTime(instant, currentLocale()) : '—');

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

const TONE_COLORS: Record<TimelineStep['tone'], string> = { done: 'text.primary', upcoming: 'info.main', problem: 'error.main' };

function Timeline({ communication }: { communication: Communication }) {
  const translate = useTranslate();
  return (
    <List dense disablePadding aria-label={translate('Status history')}>
      {statusTimeline(communication).map((step) => (
        <ListItem key={step.key} disableGutters data-testid="timeline-step">
          <ListItemText
            primary={
              <Typography sx={{ color: TONE_COLORS[step.tone], fontWeight: 500 }}>
                {step.title}
                <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                  {when(step.at)}
                </Typography>
              </Typography>
            }
            secondary={step.detail}
          />
        </ListItem>
      ))}
    </List>
  );
}

/** One communication: to whom, what, its status with its history and reasons, survey answers, and what can be done with it. */
function CommunicationDetails() {
  const translate = useTranslate();
  const communication = useRecordContext<Communication & { id: number }>();
  const principal = useSignedInPrincipal();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [updating, setUpdating] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!communication) return null;

  const mayReport = hasPermission(principal, 'communications:status') && reportableAfter(communication.status).length > 0;
  const mayCancel =
    (hasPermission(principal, 'communications:send') || hasPermission(principal, 'communications:admin')) &&
    isCancellable(communication.status);
  const answers = answerRows(communication.answers);

  const cancel = async () => {
    setBusy(true);
    try {
      await cancelCommunication(communication.communicationId);
      notify(`Communication ${communication.communicationId} is cancelled`, { type: 'success' });
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
          sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between', mb: 2 }}
        >
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Typography variant="h5" component="h1">
              {communication.name}
            </Typography>
            <StatusChip status={communication.status} />
          </Stack>
          <Stack direction="row" spacing={1}>
            {mayReport && (
              <Button variant="outlined" startIcon={<EditNoteIcon />} onClick={() => setUpdating(true)}>
                {translate('Update status')}
              </Button>
            )}
            {mayCancel && (
              <Button variant="outlined" color="warning" startIcon={<CancelScheduleSendIcon />} onClick={() => setCancelling(true)}>
                {translate('Cancel')}
              </Button>
            )}
          </Stack>
        </Stack>

        {communication.reason && (
          <Alert severity={communication.status === 'skipped' ? 'warning' : 'info'} sx={{ mb: 2 }}>
            <ReasonText reason={communication.reason} />
          </Alert>
        )}
        {communication.status === 'failed' && communication.lastError && (
          <Alert severity="error" sx={{ mb: 2 }}>
            The provider said: {communication.lastError}
          </Alert>
        )}

        <Grid container spacing={2}>
          <Detail label={translate('Client')}>
            <ClientLink />
          </Detail>
          <Detail label={translate('Address')}>{communication.address ?? '—'}</Detail>
          <Detail label={translate('Mailing')}>
            {communication.mailingId === null ? (
              translate('None (a transactional message)')
            ) : (
              <Link to={mailingPath(communication.mailingId)}>#{communication.mailingId}</Link>
            )}
          </Detail>
          <Detail label={translate('Type')}>
            <ReferenceField source="communicationTypeId" reference="communication_types" link={false} emptyText="—" />
          </Detail>
          <Detail label={translate('Channel')}>
            <ReferenceField source="sendChannelTypeId" reference="send_channel_types" link={false} emptyText="—" />
          </Detail>
          <Detail label={translate('Department')}>
            <ReferenceField source="departmentId" reference="departments" link={false} emptyText="—" />
          </Detail>
          <Detail label={translate('Document')}>
            <ReferenceField source="documentId" reference="documents" emptyText="—" />
          </Detail>
          <Detail label={translate('Asked for')}>{when(communication.requestedTime)}</Detail>
          <Detail label={translate('Goes (went) at')}>{when(communication.scheduledTime)}</Detail>
          <Detail label={translate('Attempts')}>{communication.attempts}</Detail>
        </Grid>

        <Grid container spacing={3} sx={{ mt: 1 }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Typography variant="h6" component="h2" gutterBottom>
              {translate('History')}
            </Typography>
            <Timeline communication={communication} />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Typography variant="h6" component="h2" gutterBottom>
              {translate('Message')}
            </Typography>
            {communication.transactional ? (
              <Typography color="text.secondary">{translate('A one-time code or a password reset: its text is never shown.')}</Typography>
            ) : (
              <Box sx={{ p: 2, bgcolor: 'action.hover', borderRadius: 1 }} data-testid="communication-message">
                {communication.subject && (
                  <Typography sx={{ fontWeight: 500 }} gutterBottom>
                    {communication.subject}
                  </Typography>
                )}
                <Typography sx={{ whiteSpace: 'pre-wrap' }}>{communication.body ?? '—'}</Typography>
              </Box>
            )}
          </Grid>
        </Grid>

        {answers.length > 0 && (
          <Box component="section" aria-labelledby="survey-answers-title" sx={{ mt: 3 }}>
            <Typography id="survey-answers-title" variant="h6" component="h2" gutterBottom>
              {translate('Survey answers')}
            </Typography>
            <Table size="small" aria-labelledby="survey-answers-title" sx={{ maxWidth: 720 }}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('Question')}</TableCell>
                  <TableCell>{translate('Answer')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {answers.map((row) => (
                  <TableRow key={row.question}>
                    <TableCell>{row.question}</TableCell>
                    <TableCell>{row.answer}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>

      {updating && (
        <StatusUpdateDialog
          communication={communication}
          onClose={() => setUpdating(false)}
          onUpdated={(updated) => {
            setUpdating(false);
            notify(`Communication ${updated.communicationId} is now ${updated.status}`, { type: 'success' });
            refresh();
          }}
        />
      )}
      <Confirm
        isOpen={cancelling}
        loading={busy}
        title="Cancel communication %{id}?"
        translateOptions={{ id: communication.communicationId }}
        content="It is not sent; it stays listed as cancelled."
        confirm="Cancel it"
        cancel="Keep it"
        onConfirm={cancel}
        onClose={() => setCancelling(false)}
      />
    </Card>
  );
}

const stillPending = (data: unknown) => ['scheduled', 'sending'].includes((data as Communication | undefined)?.status ?? '');

export function CommunicationShow() {
  return (
    <Show
      actions={false}
      component="div"
      queryOptions={{ refetchInterval: (query) => (stillPending(query.state.data) ? PENDING_REFRESH_MS : false) }}
    >
      <CommunicationDetails />
    </Show>
  );
}
