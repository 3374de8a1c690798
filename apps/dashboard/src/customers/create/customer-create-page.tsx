import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import BusinessIcon from '@mui/icons-material/Business';
import PersonIcon from '@mui/icons-material/Person';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/api-error';
import { fieldErrorMap } from '../../api/field-errors';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import { createCustomer, createParty, listAffiliates } from '../customer-api';
import { CUSTOMERS_PATH, customerPath } from '../customer-paths';
import type { Party, PartyType } from '../customer-types';
import { listOptions } from '../person-lists/person-lists';
import { FALLBACK_PHONE_REGION, usePersonLists } from '../person-lists/use-person-lists';
import { useDebouncedValue } from '../search/use-debounced-value';
import { duplicateQueryOf } from './duplicate-check';
import { DuplicateWarning } from './duplicate-warning';
import { findDuplicates } from './duplicates-api';
import { EMPTY_FORM, type FormField, newCustomerRequest, type NewCustomerForm } from './new-customer';
import { PhoneField } from './phone-field';

interface Problem {
  message: string;
  fields: Partial<Record<FormField, string>>;
}

const t = (key: string) => `contactly.customerCreate.${key}`;

/**
 * Creates an individual (B2C) or an organization (B2B) with its contact media, then makes it a
 * customer (two calls: TMF632 party, then TMF629 customer), and opens its 360 page. Customers with
 * the same email or phone are shown before it is created; only "Create anyway" goes past them.
 */
export function CustomerCreatePage() {
  const principal = useSignedInPrincipal();
  const notify = useNotify();
  const navigate = useNavigate();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const chooseOwner = hasPermission(principal, 'affiliates:read');
  const [form, setForm] = useState<NewCustomerForm>(EMPTY_FORM);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sending, setSending] = useState(false);
  // When the party was created but the customer call failed, a retry only makes it a customer.
  const [created, setCreated] = useState<Party | null>(null);
  const affiliates = useQuery({
    queryKey: ['affiliates', 'all'],
    queryFn: ({ signal }) => listAffiliates(signal),
    enabled: chooseOwner,
    staleTime: 60_000,
    retry: false,
  });
  const lists = usePersonLists();
  const region = lists.data?.defaultPhoneRegion ?? FALLBACK_PHONE_REGION;
  // A string, so that an equal question asked again is the same value (and the same query).
  const contactKey = useDebouncedValue(JSON.stringify(duplicateQueryOf(form, region)), 400);
  const duplicates = useQuery({
    queryKey: ['customers', 'duplicates', contactKey],
    queryFn: ({ signal }) => findDuplicates(JSON.parse(contactKey) as { email?: string; phone?: string }, signal),
    enabled: contactKey !== 'null',
    retry: false,
  });
  const possibleDuplicates = contactKey !== 'null' ? (duplicates.data ?? []) : [];

  const set = (field: FormField) => (event: { target: { value: string } }) => setValue(field, event.target.value);
  const setValue = (field: FormField, value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    // An edited input no longer shows the server's objection to its old value.
    setProblem((current) => (current?.fields[field] ? { ...current, fields: { ...current.fields, [field]: undefined } } : current));
  };
  const setType = (type: PartyType | null) => type && !created && setForm((current) => ({ ...current, type }));

  const create = async (allowDuplicate: boolean) => {
    if (!allowDuplicate && possibleDuplicates.length) return;
    const request = newCustomerRequest(form, region);
    setSending(true);
    setProblem(null);
    try {
      const party = created ?? (await createParty(request.party, allowDuplicate));
      setCreated(party);
      const customer = await createCustomer(request.name, { type: party.type, id: party.record.id }, allowDuplicate);
      notify(translate(t('created'), { _: '%{name} is now a customer', name: customer.name }), { type: 'success' });
      void navigate(customerPath(customer.id), { replace: true });
    } catch (error) {
      // Someone created the same person meanwhile: the warning shows who, and the way past it.
      if (error instanceof ApiError && error.code === 'POSSIBLE_DUPLICATE_CUSTOMER' && (await duplicates.refetch()).data?.length) {
        setSending(false);
        return;
      }
      const fields = error instanceof ApiError ? fieldErrorMap(error.details, request.formFieldOf) : {};
      delete (fields as Record<string, string>)[''];
      setProblem({ message: error instanceof Error ? error.message : String(error), fields });
      setSending(false);
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void create(false);
  };

  const input = (
    field: FormField,
    label: string,
    extra: { required?: boolean; type?: string; autoComplete?: string; maxLength?: number; helperText?: string } = {},
  ) => (
    <TextField
      label={label}
      name={field}
      value={form[field]}
      onChange={set(field)}
      required={extra.required}
      type={extra.type ?? 'text'}
      autoComplete={extra.autoComplete}
      error={Boolean(problem?.fields[field])}
      helperText={problem?.fields[field] ?? extra.helperText ?? ' '}
      slotProps={{
        htmlInput: { maxLength: extra.maxLength ?? 200, readOnly: Boolean(created) },
        inputLabel: extra.type === 'date' ? { shrink: true } : undefined,
      }}
      margin="dense"
      fullWidth
    />
  );

  const select = (field: 'gender' | 'nationality', label: string, options: { value: string; label: string }[]) => (
    <TextField
      select
      label={label}
      name={field}
      value={form[field]}
      onChange={set(field)}
      error={Boolean(problem?.fields[field])}
      helperText={problem?.fields[field] ?? ' '}
      margin="dense"
      fullWidth
      disabled={Boolean(created)}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">{translate(t('notSpecified'), { _: 'Not specified' })}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );

  const title = translate(t('title'), { _: 'New customer' });
  return (
    <Box sx={{ mt: 2, maxWidth: 860, minWidth: 0 }}>
      <Title title={title} />
      <Button component={Link} to={CUSTOMERS_PATH} startIcon={<ArrowBackIcon />} size="small" sx={{ mb: 1 }}>
        {translate(t('back'), { _: 'Customers' })}
      </Button>
      <Card component="form" onSubmit={submit} noValidate aria-labelledby="new-customer-title">
        <CardContent>
          <Typography id="new-customer-title" variant="h5" component="h1" gutterBottom>
            {title}
          </Typography>
          <ToggleButtonGroup
            exclusive
            value={form.type}
            onChange={(_, type: PartyType | null) => setType(type)}
            aria-label={translate(t('kind'), { _: 'Kind of customer' })}
            sx={{ mb: 2, flexWrap: 'wrap' }}
            disabled={Boolean(created)}
          >
            <ToggleButton value="individual">
              <PersonIcon sx={{ mr: 1 }} /> {translate(t('individual'), { _: 'Individual (B2C)' })}
            </ToggleButton>
            <ToggleButton value="organization">
              <BusinessIcon sx={{ mr: 1 }} /> {translate(t('organization'), { _: 'Organization (B2B)' })}
            </ToggleButton>
          </ToggleButtonGroup>
          {problem && (
            <Alert severity="error" role="alert" sx={{ mb: 2 }}>
              {created
                ? translate(t('createdPartyOnly'), {
                    _: 'The new record was created, but it could not be made a customer: %{message}',
                    message: problem.message,
                  })
                : problem.message}
            </Alert>
          )}
          <Section
            title={
              form.type === 'organization'
                ? translate(t('organizationSection'), { _: 'Organization' })
                : translate(t('person'), { _: 'Person' })
            }
          >
            {form.type === 'organization' ? (
              <>
                {input('tradingName', translate(t('tradingName'), { _: 'Trading name' }), { required: true, autoComplete: 'organization' })}
                {input('legalName', translate(t('legalName'), { _: 'Legal name' }), {
                  helperText: translate(t('legalNameHelp'), { _: 'As registered, if it differs' }),
                })}
              </>
            ) : (
              <>
                {input('givenName', translate(t('givenName'), { _: 'Given name' }), {
                  required: true,
                  autoComplete: 'given-name',
                  maxLength: 100,
                })}
                {input('familyName', translate(t('familyName'), { _: 'Family name' }), {
                  required: true,
                  autoComplete: 'family-name',
                  maxLength: 100,
                })}
                {input('birthDate', translate(t('birthDate'), { _: 'Birth date' }), { type: 'date', autoComplete: 'bday' })}
                {select('gender', translate(t('gender'), { _: 'Gender' }), listOptions(lists.data?.genders ?? [], locale, false))}
                {select(
                  'nationality',
                  translate(t('nationality'), { _: 'Nationality' }),
                  listOptions(lists.data?.nationalities ?? [], locale, true),
                )}
              </>
            )}
            {chooseOwner && (
              <TextField
                select
                label={translate(t('owner'), { _: 'Owner affiliate' })}
                value={form.affiliateId}
                onChange={set('affiliateId')}
                error={Boolean(problem?.fields.affiliateId)}
                helperText={problem?.fields.affiliateId ?? translate(t('ownerHelp'), { _: 'Leave empty for a customer of the operator' })}
                margin="dense"
                fullWidth
                disabled={Boolean(created)}
                slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
              >
                <MenuItem value="">{translate(t('ownerNone'), { _: 'None (operator)' })}</MenuItem>
                {(affiliates.data ?? []).map((affiliate) => (
                  <MenuItem key={affiliate.id} value={String(affiliate.id)}>
                    {affiliate.name}
                  </MenuItem>
                ))}
              </TextField>
            )}
          </Section>
          <Section title={translate(t('contact'), { _: 'Contact' })}>
            {input('email', translate(t('email'), { _: 'Email' }), { type: 'email', autoComplete: 'email', maxLength: 254 })}
            <PhoneField
              value={form.phone}
              onChange={(value) => setValue('phone', value)}
              region={region}
              serverError={problem?.fields.phone}
              readOnly={Boolean(created)}
            />
          </Section>
          {possibleDuplicates.length > 0 && (
            <DuplicateWarning duplicates={possibleDuplicates} onCreateAnyway={() => void create(true)} disabled={sending} />
          )}
          <Section title={translate(t('address'), { _: 'Address' })}>
            {input('street1', translate(t('street'), { _: 'Street' }), { autoComplete: 'address-line1' })}
            {input('city', translate(t('city'), { _: 'City' }), { autoComplete: 'address-level2', maxLength: 100 })}
            {input('postCode', translate(t('postCode'), { _: 'Post code' }), { autoComplete: 'postal-code', maxLength: 20 })}
            {input('country', translate(t('country'), { _: 'Country' }), { autoComplete: 'country', maxLength: 60 })}
          </Section>
          <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', alignItems: 'center' }}>
            <Button type="submit" variant="contained" disabled={sending || possibleDuplicates.length > 0}>
              {created ? translate(t('makeCustomer'), { _: 'Make it a customer' }) : translate(t('create'), { _: 'Create customer' })}
            </Button>
            <Button component={Link} to={CUSTOMERS_PATH}>
              {translate(t('cancel'), { _: 'Cancel' })}
            </Button>
            {possibleDuplicates.length > 0 && (
              <Typography variant="body2" color="text.secondary">
                {translate(t('resolveDuplicate'), { _: 'Check the possible duplicate above first' })}
              </Typography>
            )}
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 1, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" color="text.secondary" sx={{ mb: 0.5 }}>
        {title}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))' }, columnGap: 2 }}>
        {children}
      </Box>
    </Box>
  );
}
