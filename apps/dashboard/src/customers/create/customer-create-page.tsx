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
import { Title, useNotify } from 'react-admin';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/api-error';
import { fieldErrorMap } from '../../api/field-errors';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import { createCustomer, createParty, listAffiliates } from '../customer-api';
import { CUSTOMERS_PATH, customerPath } from '../customer-paths';
import type { Party, PartyType } from '../customer-types';
import { EMPTY_FORM, type FormField, newCustomerRequest, type NewCustomerForm } from './new-customer';

interface Problem {
  message: string;
  fields: Partial<Record<FormField, string>>;
}

/**
 * Creates an individual (B2C) or an organization (B2B) with its contact media, then makes it a
 * customer (two calls: TMF632 party, then TMF629 customer), and opens its 360 page.
 */
export function CustomerCreatePage() {
  const principal = useSignedInPrincipal();
  const notify = useNotify();
  const navigate = useNavigate();
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

  const set = (field: FormField) => (event: { target: { value: string } }) => {
    setForm((current) => ({ ...current, [field]: event.target.value }));
    // An edited input no longer shows the server's objection to its old value.
    setProblem((current) => (current?.fields[field] ? { ...current, fields: { ...current.fields, [field]: undefined } } : current));
  };
  const setType = (type: PartyType | null) => type && !created && setForm((current) => ({ ...current, type }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request = newCustomerRequest(form);
    setSending(true);
    setProblem(null);
    try {
      const party = created ?? (await createParty(request.party));
      setCreated(party);
      const customer = await createCustomer(request.name, { type: party.type, id: party.record.id });
      notify(`${customer.name} is now a customer`, { type: 'success' });
      void navigate(customerPath(customer.id), { replace: true });
    } catch (error) {
      const fields = error instanceof ApiError ? fieldErrorMap(error.details, request.formFieldOf) : {};
      delete (fields as Record<string, string>)[''];
      setProblem({ message: error instanceof Error ? error.message : String(error), fields });
      setSending(false);
    }
  };

  const input = (
    field: FormField,
    label: string,
    extra: { required?: boolean; type?: string; autoComplete?: string; maxLength?: number; helperText?: string } = {},
  ) => (
    <TextField
      label={label}
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

  return (
    <Box sx={{ mt: 2, maxWidth: 860 }}>
      <Title title="New customer" />
      <Button component={Link} to={CUSTOMERS_PATH} startIcon={<ArrowBackIcon />} size="small" sx={{ mb: 1 }}>
        Customers
      </Button>
      <Card component="form" onSubmit={submit} noValidate aria-labelledby="new-customer-title">
        <CardContent>
          <Typography id="new-customer-title" variant="h5" component="h1" gutterBottom>
            New customer
          </Typography>
          <ToggleButtonGroup
            exclusive
            value={form.type}
            onChange={(_, type: PartyType | null) => setType(type)}
            aria-label="Kind of customer"
            sx={{ mb: 2 }}
            disabled={Boolean(created)}
          >
            <ToggleButton value="individual" aria-label="Individual (B2C)">
              <PersonIcon sx={{ mr: 1 }} /> Individual (B2C)
            </ToggleButton>
            <ToggleButton value="organization" aria-label="Organization (B2B)">
              <BusinessIcon sx={{ mr: 1 }} /> Organization (B2B)
            </ToggleButton>
          </ToggleButtonGroup>
          {problem && (
            <Alert severity="error" role="alert" sx={{ mb: 2 }}>
              {created ? `The ${created.type} was created, but it could not be made a customer: ${problem.message}` : problem.message}
            </Alert>
          )}
          <Section title={form.type === 'organization' ? 'Organization' : 'Person'}>
            {form.type === 'organization' ? (
              <>
                {input('tradingName', 'Trading name', { required: true, autoComplete: 'organization' })}
                {input('legalName', 'Legal name', { helperText: 'As registered, if it differs' })}
              </>
            ) : (
              <>
                {input('givenName', 'Given name', { required: true, autoComplete: 'given-name', maxLength: 100 })}
                {input('familyName', 'Family name', { required: true, autoComplete: 'family-name', maxLength: 100 })}
                {input('birthDate', 'Birth date', { type: 'date', autoComplete: 'bday' })}
              </>
            )}
            {chooseOwner && (
              <TextField
                select
                label="Owner affiliate"
                value={form.affiliateId}
                onChange={set('affiliateId')}
                error={Boolean(problem?.fields.affiliateId)}
                helperText={problem?.fields.affiliateId ?? 'Leave empty for a customer of the operator'}
                margin="dense"
                fullWidth
                disabled={Boolean(created)}
                slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
              >
                <MenuItem value="">None (operator)</MenuItem>
                {(affiliates.data ?? []).map((affiliate) => (
                  <MenuItem key={affiliate.id} value={String(affiliate.id)}>
                    {affiliate.name}
                  </MenuItem>
                ))}
              </TextField>
            )}
          </Section>
          <Section title="Contact">
            {input('email', 'Email', { type: 'email', autoComplete: 'email', maxLength: 254 })}
            {input('phone', 'Phone', {
              type: 'tel',
              autoComplete: 'tel',
              maxLength: 30,
              helperText: 'International format, e.g. +447700900123',
            })}
          </Section>
          <Section title="Address">
            {input('street1', 'Street', { autoComplete: 'address-line1' })}
            {input('city', 'City', { autoComplete: 'address-level2', maxLength: 100 })}
            {input('postCode', 'Post code', { autoComplete: 'postal-code', maxLength: 20 })}
            {input('country', 'Country', { autoComplete: 'country', maxLength: 60 })}
          </Section>
          <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            <Button type="submit" variant="contained" disabled={sending}>
              {created ? 'Make it a customer' : 'Create customer'}
            </Button>
            <Button component={Link} to={CUSTOMERS_PATH}>
              Cancel
            </Button>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 1 }}>
      <Typography component="legend" variant="subtitle2" color="text.secondary" sx={{ mb: 0.5 }}>
        {title}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 }}>{children}</Box>
    </Box>
  );
}
