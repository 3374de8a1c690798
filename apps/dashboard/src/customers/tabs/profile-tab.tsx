import SaveIcon from '@mui/icons-material/Save';
import { Alert, Box, Button, Chip, Divider, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Confirm, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { ApiError } from '../../api/api-error';
import { fieldErrorMap } from '../../api/field-errors';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import { patchCustomer, patchParty, partyRefOf } from '../customer-api';
import { nextStatuses, STATUS_ACTIONS, statusColor, statusLabel } from '../customer-status';
import type { CustomerStatus } from '../customer-types';
import { personListItems } from '../person-lists/person-list-items';
import { usePersonLists } from '../person-lists/use-person-lists';
import { StaleRecordAlert } from '../stale-record-alert';
import { useDraft } from '../use-draft';
import type { CustomerTabProps } from './customer-tab';
import { displayName, profileDraft, profileInputs, profilePatch } from './profile-fields';

type Problem = { kind: 'stale' } | { kind: 'error'; message: string; fields: Record<string, string> };

const problemOf = (error: unknown): Problem =>
  error instanceof ApiError && error.status === 412
    ? { kind: 'stale' }
    : {
        kind: 'error',
        message: error instanceof Error ? error.message : String(error),
        fields: error instanceof ApiError ? fieldErrorMap(error.details) : {},
      };

/** The party's profile (If-Match edit) and the customer's status (allowed transitions only). */
export function ProfileTab({ customer, party, reload }: CustomerTabProps) {
  const translate = useTranslate();
  const principal = useSignedInPrincipal();
  const notify = useNotify();
  const writable = hasPermission(principal, 'customers:write');
  const profile = useDraft(party.etag, party.data, profileDraft);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const inputs = profileInputs(profile.source);
  const personLists = usePersonLists();
  const [locale] = useLocaleState();

  const startOver = async () => {
    const fresh = await reload();
    profile.reset(fresh.party.etag, fresh.party.data);
    setProblem(null);
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const base = profile.source;
    const patch = profilePatch(base, profileDraft(base), profile.draft);
    if (Object.keys(patch).length === 0) return;
    setSaving(true);
    setProblem(null);
    try {
      const saved = await patchParty(partyRefOf(customer.data), patch, profile.etag);
      // The customer's name follows the party's, unless someone gave the customer a name of its own.
      const previousName = displayName(base, profileDraft(base));
      const name = displayName(saved.data, profileDraft(saved.data));
      if (customer.data.name === previousName && name !== previousName) await patchCustomer(customer.data.id, { name }, saved.etag);
      const fresh = await reload();
      profile.reset(fresh.party.etag, fresh.party.data);
      notify('contactly.customer_profile.saved', { type: 'success' });
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setSaving(false);
    }
  };

  const fieldErrors = problem?.kind === 'error' ? problem.fields : {};

  return (
    <Stack spacing={3}>
      <Box component="form" onSubmit={save} aria-labelledby="profile-title" noValidate>
        <Typography id="profile-title" variant="h6" component="h2" gutterBottom>
          {translate(
            profile.source.type === 'organization' ? 'contactly.customer_profile.organization' : 'contactly.customer_profile.person',
          )}
        </Typography>
        {problem?.kind === 'stale' && <StaleRecordAlert onReload={startOver} />}
        {problem?.kind === 'error' && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {problem.message}
          </Alert>
        )}
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 }}>
          {inputs.map((input) => (
            <TextField
              key={input.name}
              name={input.name}
              label={translate(`contactly.customer_profile.fields.${input.name}`, { _: input.label })}
              type={input.type ?? 'text'}
              required={input.required}
              value={profile.draft[input.name] ?? ''}
              onChange={(event) => profile.edit((draft) => ({ ...draft, [input.name]: event.target.value }))}
              error={Boolean(fieldErrors[input.name])}
              helperText={fieldErrors[input.name] ?? ' '}
              slotProps={{
                htmlInput: { maxLength: input.maxLength, readOnly: !writable },
                inputLabel: input.type === 'date' || input.list ? { shrink: true } : undefined,
                select: { displayEmpty: true },
              }}
              margin="dense"
              fullWidth
              select={Boolean(input.list)}
              disabled={Boolean(input.list) && !writable}
            >
              {input.list && personListItems(personLists.data, input.list, locale, profile.draft[input.name] ?? '', '—')}
            </TextField>
          ))}
        </Box>
        {writable && (
          <Stack direction="row" spacing={1}>
            <Button type="submit" variant="contained" startIcon={<SaveIcon />} disabled={!profile.dirty || saving}>
              {translate('contactly.customer_profile.save')}
            </Button>
            <Button
              onClick={() => {
                profile.discard();
                setProblem(null);
              }}
              disabled={!profile.dirty || saving}
            >
              {translate('contactly.customer_profile.discard')}
            </Button>
          </Stack>
        )}
      </Box>
      <Divider />
      <StatusSection
        {...{ customer, reload }}
        writable={writable}
        onOwnWrite={(before, after) => profile.etag === before && profile.rebase(after)}
      />
    </Stack>
  );
}

interface StatusSectionProps extends Pick<CustomerTabProps, 'customer' | 'reload'> {
  writable: boolean;
  /** The status change moved the version from `before` to `after`: a profile edit begun at `before` stays valid. */
  onOwnWrite(before: string | null, after: string | null): void;
}

function StatusSection({ customer, reload, writable, onOwnWrite }: StatusSectionProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const statusName = (value: CustomerStatus) => translate(`contactly.customer_search.statuses.${value}`, { _: statusLabel(value) });
  const [reason, setReason] = useState('');
  const [closing, setClosing] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const status = customer.data.status;
  const next = nextStatuses(status);

  const change = async (to: CustomerStatus) => {
    setPending(true);
    setProblem(null);
    try {
      const saved = await patchCustomer(customer.data.id, { status: to, statusReason: reason.trim() || null }, customer.etag);
      onOwnWrite(customer.etag, saved.etag);
      await reload();
      setReason('');
      notify('contactly.customer_profile.status_now', { type: 'success', messageArgs: { status: statusName(to).toLowerCase() } });
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setPending(false);
      setClosing(false);
    }
  };

  return (
    <Box component="section" aria-labelledby="status-title">
      <Typography id="status-title" variant="h6" component="h2" gutterBottom>
        {translate('contactly.customer_search.status')}
      </Typography>
      {problem?.kind === 'stale' && (
        <StaleRecordAlert
          onReload={async () => {
            await reload();
            setProblem(null);
          }}
        />
      )}
      {problem?.kind === 'error' && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {problem.message}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Chip label={statusName(status)} color={statusColor(status)} />
        {customer.data.statusReason && <Typography color="text.secondary">{customer.data.statusReason}</Typography>}
      </Stack>
      {writable && next.length > 0 && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
          <TextField
            label={translate('contactly.customer_profile.reason')}
            size="small"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 300 } }}
            sx={{ minWidth: 280 }}
          />
          {next.map((to) => (
            <Button
              key={to}
              variant="outlined"
              color={to === 'closed' ? 'error' : to === 'suspended' ? 'warning' : 'primary'}
              disabled={pending}
              onClick={() => (to === 'closed' ? setClosing(true) : change(to))}
            >
              {translate(`contactly.customer_profile.actions.${to}`, { _: STATUS_ACTIONS[to] })}
            </Button>
          ))}
        </Stack>
      )}
      {writable && next.length === 0 && (
        <Typography color="text.secondary">{translate('contactly.customer_profile.closed_stays')}</Typography>
      )}
      <Confirm
        isOpen={closing}
        loading={pending}
        title="contactly.customer_profile.close_title"
        translateOptions={{ name: customer.data.name }}
        content="contactly.customer_profile.close_content"
        confirm="contactly.customer_profile.close_confirm"
        onConfirm={() => change('closed')}
        onClose={() => setClosing(false)}
      />
    </Box>
  );
}
