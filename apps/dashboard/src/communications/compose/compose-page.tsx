import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import SendIcon from '@mui/icons-material/Send';
import { Alert, Box, Button, Card, CardContent, Grid, LinearProgress, MenuItem, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Title, useGetList, useTranslate } from 'react-admin';
import { Link, useLocation } from 'react-router';
import type { CommunicationDocument, Department } from '../api-types';
import { useCatalogs } from '../role-permissions/use-catalogs';
import { useSignedInPrincipal } from '../../auth/session-context';
import { listClientGroups } from '../sending/sending-api';
import { COMMUNICATIONS_PATH } from '../sending/sending-paths';
import { type ComposeDraft, type DraftField, type DraftProblems, draftFor, EMPTY_DRAFT, problemsAfter } from './compose-draft';
import { ConfirmSendDialog } from './confirm-send-dialog';
import { DepartmentInput } from './department-input';
import { clearDraft, loadDraft, saveDraft } from './draft-storage';
import { RecipientsSection } from './recipients-section';
import { SamplePreview } from './sample-preview';
import { ScheduleSection } from './schedule-section';
import { SendEstimatePanel } from './send-estimate-panel';
import { sendFailureOf } from './send-attempt';
import { allowedChannels, allowedTypes, type SenderScope, sendingRefusal } from './sender-scope';
import { useComposeSend } from './use-compose-send';
import { useSendEstimate } from './use-send-estimate';
import { useSenderScope } from './use-sender-scope';
import { VariablesSection } from './variables-section';

const ALL = { pagination: { page: 1, perPage: 1000 }, sort: { field: 'name', order: 'ASC' as const } };

const DOCUMENT_KINDS: Record<string, string> = { template: 'template', text: 'text', audio: 'audio file', video: 'video file' };

/**
 * Compose and send a communication: name, type and channel (those the sender's role permits),
 * document with a preview for a sample recipient, variables, department, recipients (search,
 * filter or saved group, counted live) and schedule. While composing, the server's dry run shows
 * who will get it, later, or not at all, and why; Send asks again and confirms with that number.
 * The draft is kept in the browser per user across reloads until it is sent or discarded. The page
 * keeps one Idempotency-Key, so a double click or a retry sends once; after the send it opens the
 * mailing with what was accepted, moved and skipped, and why.
 */
export function ComposePage() {
  const translate = useTranslate();
  const { username } = useSignedInPrincipal();
  const { scope, isPending: scopePending } = useSenderScope();
  const catalogs = useCatalogs();
  const documents = useGetList<CommunicationDocument & { id: number }>('documents', ALL);
  const departments = useGetList<Department & { id: number }>('departments', ALL);
  // Asked again on every visit: a group may just have been made on its own screen.
  const groups = useQuery({
    queryKey: ['sending', 'client-groups'],
    queryFn: ({ signal }) => listClientGroups(signal),
    refetchOnMount: 'always',
  });
  const location = useLocation();
  // Opened for a recipient (from a 360 page): a new draft to them; else the user's kept draft, if any.
  const [restored] = useState(() => (location.state ? null : loadDraft(localStorage, username)));
  const [draft, setDraft] = useState<ComposeDraft>(() => restored ?? draftFor(location.state));
  const [problems, setProblems] = useState<DraftProblems>({});

  const update = (change: Partial<ComposeDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    // An edited input no longer shows the objection to its old value.
    setProblems((current) => problemsAfter(current, change));
  };

  useEffect(() => saveDraft(localStorage, username, draft), [draft, username]);

  const discardDraft = () => {
    clearDraft(localStorage, username);
    setDraft(EMPTY_DRAFT);
    setProblems({});
    setFailure(null);
  };

  const departmentRequired = scope?.kind === 'administrator' && scope.ownDepartmentId === null;
  const estimate = useSendEstimate(draft, departmentRequired);
  const { submit, send, confirmation, closeConfirmation, failure, setFailure, sending, startOver } = useComposeSend({
    draft,
    departmentRequired,
    username,
    setProblems,
  });
  const estimateProblem = estimate.error ? sendFailureOf(estimate.error).message : undefined;

  const effectiveScope: SenderScope = scope ?? { kind: 'unknown' };
  const types = allowedTypes(effectiveScope, catalogs.types);
  const channels = allowedChannels(effectiveScope, catalogs.channels, draft.communicationTypeId);
  const document = documents.data?.find((d) => d.documentId === draft.documentId);
  const refusal = scope ? sendingRefusal(scope) : undefined;

  const chooseType = (communicationTypeId: number) => {
    const stillAllowed = allowedChannels(effectiveScope, catalogs.channels, communicationTypeId).some(
      (c) => c.sendChannelTypeId === draft.sendChannelTypeId,
    );
    update({ communicationTypeId, ...(stillAllowed ? {} : { sendChannelTypeId: '' }) });
  };

  const fieldProps = (field: DraftField) => ({ error: Boolean(problems[field]), helperText: problems[field] ?? ' ' });
  const loading = scopePending || catalogs.isPending || documents.isPending;

  return (
    // The page takes the layout's width and never widens it: its inputs and chips shrink to a phone's screen.
    <Box sx={{ mt: 2, contain: 'inline-size' }}>
      <Title title={translate('contactly.compose.title', { _: 'Compose' })} />
      <Button component={Link} to={COMMUNICATIONS_PATH} startIcon={<ArrowBackIcon />} size="small" sx={{ mb: 1 }}>
        {translate('contactly.compose.back', { _: 'Communications' })}
      </Button>
      <Card component="form" onSubmit={submit} noValidate aria-labelledby="compose-title">
        <CardContent>
          <Typography id="compose-title" variant="h5" component="h1" gutterBottom>
            {translate('contactly.compose.heading', { _: 'Compose a communication' })}
          </Typography>
          {restored && (
            <Alert
              severity="info"
              sx={{ mb: 2 }}
              data-testid="draft-restored"
              action={
                <Button color="inherit" size="small" onClick={discardDraft}>
                  {translate('contactly.compose.discardDraft', { _: 'Discard draft' })}
                </Button>
              }
            >
              {translate('contactly.compose.draftRestored', {
                _: 'Your draft is back as you left it; it is kept in this browser until you send or discard it.',
              })}
            </Alert>
          )}
          {loading && <LinearProgress aria-label={translate('contactly.compose.loading', { _: 'Loading what can be sent' })} />}
          {catalogs.problem && <Alert severity="error">{catalogs.problem}</Alert>}
          {refusal && (
            <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
              {refusal}
            </Alert>
          )}
          <Grid container spacing={3}>
            {/* minWidth 0: a flex child otherwise grows to its widest content (a long chip), past a phone's screen. */}
            <Grid size={{ xs: 12, lg: 7 }} sx={{ minWidth: 0 }}>
              <TextField
                label={translate('contactly.compose.name', { _: 'Name' })}
                value={draft.name}
                onChange={(event) => update({ name: event.target.value })}
                required
                margin="dense"
                fullWidth
                slotProps={{ htmlInput: { maxLength: 200 } }}
                {...fieldProps('name')}
              />
              <Grid container spacing={2}>
                <Grid size={{ xs: 12, sm: 6 }}>
                  <TextField
                    select
                    label={translate('contactly.compose.type', { _: 'Type' })}
                    value={draft.communicationTypeId}
                    onChange={(event) => chooseType(Number(event.target.value))}
                    required
                    margin="dense"
                    fullWidth
                    {...fieldProps('communicationTypeId')}
                  >
                    {types.map((type) => (
                      <MenuItem key={type.communicationTypeId} value={type.communicationTypeId}>
                        {type.name}
                      </MenuItem>
                    ))}
                  </TextField>
                </Grid>
                <Grid size={{ xs: 12, sm: 6 }}>
                  <TextField
                    select
                    label={translate('contactly.compose.channel', { _: 'Channel' })}
                    value={channels.some((c) => c.sendChannelTypeId === draft.sendChannelTypeId) ? draft.sendChannelTypeId : ''}
                    onChange={(event) => update({ sendChannelTypeId: Number(event.target.value) })}
                    required
                    margin="dense"
                    fullWidth
                    {...fieldProps('sendChannelTypeId')}
                    helperText={
                      problems.sendChannelTypeId ??
                      (scope?.kind === 'employee'
                        ? translate('contactly.compose.channelHelp', { _: 'The channels your role may send this type on' })
                        : ' ')
                    }
                  >
                    {channels.map((channel) => (
                      <MenuItem key={channel.sendChannelTypeId} value={channel.sendChannelTypeId}>
                        {channel.name}
                      </MenuItem>
                    ))}
                  </TextField>
                </Grid>
              </Grid>
              <TextField
                select
                label={translate('contactly.compose.document', { _: 'Document' })}
                value={document ? draft.documentId : ''}
                onChange={(event) => update({ documentId: Number(event.target.value) })}
                required
                margin="dense"
                fullWidth
                {...fieldProps('documentId')}
              >
                {(documents.data ?? []).map((d) => (
                  <MenuItem key={d.documentId} value={d.documentId}>
                    {d.name} ({translate(`contactly.compose.documentKinds.${d.kind}`, { _: DOCUMENT_KINDS[d.kind] ?? d.kind })})
                  </MenuItem>
                ))}
              </TextField>
              {scope && (
                <DepartmentInput
                  scope={scope}
                  departments={departments.data ?? []}
                  value={draft.departmentId}
                  onChange={(departmentId) => update({ departmentId })}
                  problem={problems.departmentId}
                />
              )}
              <VariablesSection
                rows={draft.variables}
                onChange={(variables) => update({ variables })}
                templateVariables={document?.kind === 'template' ? document.variables : []}
                problem={problems.variables}
              />
              <RecipientsSection draft={draft} update={update} groups={groups.data ?? []} problem={problems.recipients} />
              <ScheduleSection draft={draft} update={update} problem={problems.schedule} />
              <SendEstimatePanel state={estimate} problem={estimateProblem} />
            </Grid>
            <Grid size={{ xs: 12, lg: 5 }} sx={{ minWidth: 0 }}>
              <SamplePreview document={document} draft={draft} mailingName={draft.name.trim()} />
            </Grid>
          </Grid>

          {failure && (
            <Alert
              severity="error"
              role="alert"
              sx={{ mt: 3 }}
              action={
                failure.keyUsed ? (
                  <Button color="inherit" onClick={startOver}>
                    {translate('contactly.compose.startOver', { _: 'Start a new send' })}
                  </Button>
                ) : undefined
              }
            >
              {failure.message}
            </Alert>
          )}
          <Box sx={{ mt: 3, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button
              type="submit"
              variant="contained"
              startIcon={<SendIcon />}
              disabled={sending || loading || Boolean(refusal) || failure?.keyUsed}
            >
              {sending
                ? translate('contactly.compose.sending', { _: 'Sending…' })
                : failure?.retry
                  ? translate('contactly.compose.sendAgain', { _: 'Send again' })
                  : translate('contactly.compose.send', { _: 'Send' })}
            </Button>
            <Button onClick={discardDraft} disabled={sending}>
              {translate('contactly.compose.discardDraft', { _: 'Discard draft' })}
            </Button>
            <Typography variant="body2" color="text.secondary" sx={{ flex: '1 1 240px' }}>
              {translate('contactly.compose.sendHint', { _: 'You will see how many will get it, and confirm, before anything is sent.' })}
            </Typography>
          </Box>
        </CardContent>
      </Card>
      <ConfirmSendDialog confirmation={confirmation} sending={sending} onConfirm={() => void send()} onClose={closeConfirmation} />
    </Box>
  );
}
