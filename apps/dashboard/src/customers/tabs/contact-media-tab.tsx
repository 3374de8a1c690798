import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import SaveIcon from '@mui/icons-material/Save';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  IconButton,
  Radio,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { ApiError } from '../../api/api-error';
import { fieldErrorMap } from '../../api/field-errors';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import {
  describeMedium,
  emptyRow,
  MEDIUM_FIELDS,
  MEDIUM_LABELS,
  type MediumRow,
  type MediumType,
  preferRow,
  removeRow,
  toMedia,
  toRows,
} from '../contact-media/contact-media';
import { patchParty, partyRefOf } from '../customer-api';
import type { ContactMedium } from '../customer-types';
import { StaleRecordAlert } from '../stale-record-alert';
import { useDraft } from '../use-draft';
import type { CustomerTabProps } from './customer-tab';

type Problem = { kind: 'stale' } | { kind: 'error'; message: string; fields: Record<string, string> };

const sameMedia = (a: MediumRow[], b: MediumRow[]) => JSON.stringify(toMedia(a)) === JSON.stringify(toMedia(b));
const MEDIUM_TYPES: MediumType[] = ['email', 'phone', 'postalAddress'];

/** The party's emails, phones and addresses: add, edit, remove, choose the preferred one; saved together (If-Match). */
export function ContactMediaTab({ customer, party, reload }: CustomerTabProps) {
  const translate = useTranslate();
  const kindOf = (type: MediumType) => translate(`contactly.customer_contacts.types.${type}`, { _: MEDIUM_LABELS[type] });
  const principal = useSignedInPrincipal();
  const notify = useNotify();
  const writable = hasPermission(principal, 'customers:write');
  const media = useDraft<ContactMedium[], MediumRow[]>(party.etag, party.data.record.contactMedium, toRows, sameMedia);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const rows = media.draft;

  const startOver = async () => {
    const fresh = await reload();
    media.reset(fresh.party.etag, fresh.party.data.record.contactMedium);
    setProblem(null);
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      await patchParty(partyRefOf(customer.data), { contactMedium: toMedia(rows) }, media.etag);
      const fresh = await reload();
      media.reset(fresh.party.etag, fresh.party.data.record.contactMedium);
      notify('contactly.customer_contacts.saved', { type: 'success' });
    } catch (error) {
      setProblem(
        error instanceof ApiError && error.status === 412
          ? { kind: 'stale' }
          : {
              kind: 'error',
              message: error instanceof Error ? error.message : String(error),
              fields: error instanceof ApiError ? fieldErrorMap(error.details) : {},
            },
      );
    } finally {
      setSaving(false);
    }
  };

  const fieldErrors = problem?.kind === 'error' ? problem.fields : {};
  const setValue = (key: string, name: string, value: string) =>
    media.edit((draft) =>
      draft.map((row) => (row.key === key ? { ...row, characteristic: { ...row.characteristic, [name]: value } } : row)),
    );

  return (
    <Box component="form" onSubmit={save} noValidate aria-labelledby="contact-media-title">
      <Typography id="contact-media-title" variant="h6" component="h2" gutterBottom>
        {translate('contactly.customer_contacts.title')}
      </Typography>
      {problem?.kind === 'stale' && <StaleRecordAlert onReload={startOver} />}
      {problem?.kind === 'error' && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {problem.message}
        </Alert>
      )}
      {rows.length === 0 && <Typography color="text.secondary">{translate('contactly.customer_contacts.none')}</Typography>}
      <Stack spacing={1.5}>
        {rows.map((row, index) => {
          const fieldName = (name: string) => `contactMedium[${index}].characteristic.${name}`;
          const rowError = fieldErrors[`contactMedium[${index}]`] ?? fieldErrors[`contactMedium[${index}].mediumType`];
          return (
            <Card key={row.key} variant="outlined" data-testid="contact-medium">
              <CardContent sx={{ pb: '12px !important' }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
                  <Chip size="small" label={kindOf(row.mediumType)} />
                  {writable ? (
                    <FormControlLabel
                      control={
                        <Radio size="small" checked={row.preferred} onChange={() => media.edit((draft) => preferRow(draft, row.key))} />
                      }
                      label={translate('contactly.customer_contacts.preferred')}
                    />
                  ) : (
                    row.preferred && (
                      <Chip size="small" color="primary" variant="outlined" label={translate('contactly.customer_contacts.preferred')} />
                    )
                  )}
                  <Box sx={{ flex: 1 }} />
                  {writable && (
                    <Tooltip
                      title={translate('contactly.customer_contacts.remove', {
                        what: describeMedium(row) || kindOf(row.mediumType).toLowerCase(),
                      })}
                    >
                      <IconButton
                        aria-label={translate('contactly.customer_contacts.remove', {
                          what: `${kindOf(row.mediumType).toLowerCase()} ${describeMedium(row)}`.trim(),
                        })}
                        onClick={() => media.edit((draft) => removeRow(draft, row.key))}
                      >
                        <DeleteIcon />
                      </IconButton>
                    </Tooltip>
                  )}
                </Stack>
                {rowError && (
                  <Alert severity="error" sx={{ mb: 1 }}>
                    {rowError}
                  </Alert>
                )}
                <Box
                  sx={{
                    display: 'grid',
                    gridTemplateColumns: { xs: '1fr', md: row.mediumType === 'postalAddress' ? '1fr 1fr 1fr' : '1fr' },
                    columnGap: 2,
                  }}
                >
                  {MEDIUM_FIELDS[row.mediumType].map(({ key, label }) => (
                    <TextField
                      key={key}
                      label={translate(`contactly.fields.${key}`, { _: label })}
                      size="small"
                      margin="dense"
                      type={key === 'emailAddress' ? 'email' : key === 'phoneNumber' ? 'tel' : 'text'}
                      value={row.characteristic[key] ?? ''}
                      onChange={(event) => setValue(row.key, key, event.target.value)}
                      error={Boolean(fieldErrors[fieldName(key)])}
                      helperText={fieldErrors[fieldName(key)]}
                      slotProps={{ htmlInput: { readOnly: !writable } }}
                      fullWidth
                    />
                  ))}
                </Box>
              </CardContent>
            </Card>
          );
        })}
      </Stack>
      {writable && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 2 }}>
          {MEDIUM_TYPES.map((type) => (
            <Button key={type} startIcon={<AddIcon />} onClick={() => media.edit((draft) => [...draft, emptyRow(type, draft)])}>
              {translate(`contactly.customer_contacts.add.${type}`, { _: `Add ${MEDIUM_LABELS[type].toLowerCase()}` })}
            </Button>
          ))}
          <Box sx={{ flex: 1 }} />
          <Button
            onClick={() => {
              media.discard();
              setProblem(null);
            }}
            disabled={!media.dirty || saving}
          >
            {translate('contactly.customer_profile.discard')}
          </Button>
          <Button type="submit" variant="contained" startIcon={<SaveIcon />} disabled={!media.dirty || saving}>
            {translate('contactly.customer_contacts.save')}
          </Button>
        </Stack>
      )}
    </Box>
  );
}
