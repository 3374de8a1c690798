import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { listLaunchedOfferings, pricesOf } from '../catalog/catalog-api';
import { describePrice } from '../catalog/price-shape';
import { listBillingAccounts } from '../customers/customer-api';
import { pickRandom, reserveNumber } from '../numbers/numbers-api';
import { createSubscription, type Subscription } from './subscriptions-api';

const K = 'contactly.subscriptions.create';

interface CreateSubscriptionDialogProps {
  customerId: string;
  customerName: string;
  onClose(): void;
  onCreated(subscription: Subscription): void;
}

/** A subscription for the customer: a launched offering at one of its prices, billed to one of their accounts, optionally with a number. */
export function CreateSubscriptionDialog({ customerId, customerName, onClose, onCreated }: CreateSubscriptionDialogProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [offeringId, setOfferingId] = useState('');
  const [priceId, setPriceId] = useState('');
  const [accountId, setAccountId] = useState('');
  const [number, setNumber] = useState('');
  /** The reservation "Pick for me" made: the number it holds and its resource id. */
  const [reserved, setReserved] = useState<{ value: string; resourceId: string } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState<'pick' | 'save' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const offerings = useQuery({ queryKey: ['catalog', 'launched-offerings'], queryFn: ({ signal }) => listLaunchedOfferings(signal) });
  const offering = offerings.data?.items.find((item) => item.id === offeringId);
  const prices = useQuery({
    queryKey: ['catalog', 'offering-prices', offeringId],
    // A subscription is to a recurring price (the server refuses others).
    queryFn: async ({ signal }) => (await pricesOf(offering ?? {}, signal)).filter((price) => price.priceType === 'recurring'),
    enabled: !!offering,
  });
  const accounts = useQuery({
    queryKey: ['customers', customerId, 'billing-accounts'],
    queryFn: ({ signal }) => listBillingAccounts(customerId, signal),
  });
  const accountChoice = accountId || (accounts.data?.items.length === 1 ? String(accounts.data.items[0].id) : '');

  const pick = async () => {
    setBusy('pick');
    setFailure(null);
    try {
      // A random sample of free numbers; two agents picking at once may want the same one: the
      // reservation decides (409 for the loser), and the next of the sample is tried.
      const sample = await pickRandom('msisdn', 5);
      for (const candidate of sample) {
        try {
          const reservation = await reserveNumber({ customerId, resourceType: 'msisdn', value: candidate.value });
          const value = reservation.value ?? candidate.value;
          setReserved({ value, resourceId: String(reservation.resourceId ?? candidate.id) });
          setNumber(value);
          setNote(translate(`${K}.picked`, { _: '%{number} is reserved for this customer.', number: value }));
          return;
        } catch (error) {
          if ((error as { status?: number }).status !== 409) throw error;
        }
      }
      setFailure(translate(`${K}.none_free`, { _: 'No free number is left in the pool.' }));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    setBusy('save');
    setFailure(null);
    try {
      const typed = number.replace(/[\s+()-]/g, '');
      let resourceIds: string[] = [];
      if (reserved && reserved.value === typed) resourceIds = [reserved.resourceId];
      else if (typed) {
        const reservation = await reserveNumber({ customerId, resourceType: 'msisdn', value: typed });
        resourceIds = [String(reservation.resourceId)];
      }
      const created = await createSubscription({
        customerId,
        offeringId,
        priceId: priceId || undefined,
        billingAccountId: accountChoice,
        resourceIds,
      });
      onCreated(created);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="create-subscription-title">
      <DialogTitle id="create-subscription-title">
        {translate(`${K}.title`, { _: 'New subscription for %{name}', name: customerName })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {offerings.isPending && <LinearProgress aria-label={translate(`${K}.loading_offerings`, { _: 'Loading the offerings' })} />}
          <TextField
            select
            required
            label={translate(`${K}.offering`, { _: 'Offering' })}
            helperText={translate(`${K}.offering_help`, { _: 'Launched offerings only' })}
            value={offeringId}
            onChange={(event) => {
              setOfferingId(event.target.value);
              setPriceId('');
            }}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'subscription-offering' } as object } }}
          >
            {(offerings.data?.items ?? []).map((item) => (
              <MenuItem key={item.id} value={item.id}>
                {item.name}
              </MenuItem>
            ))}
          </TextField>
          {!!prices.data?.length && (
            <TextField
              select
              label={translate(`${K}.price`, { _: 'Price' })}
              value={priceId}
              onChange={(event) => setPriceId(event.target.value)}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'subscription-price' } as object } }}
            >
              {prices.data.map((price) => (
                <MenuItem key={price.id} value={price.id}>
                  {price.name} — {describePrice(price, locale, translate)}
                </MenuItem>
              ))}
            </TextField>
          )}
          {accounts.data?.items.length === 0 ? (
            <Alert severity="warning">
              {translate(`${K}.no_billing_account`, { _: 'The customer has no billing account yet; add one first.' })}
            </Alert>
          ) : (
            <TextField
              select
              required
              label={translate(`${K}.billing_account`, { _: 'Billing account' })}
              value={accountChoice}
              onChange={(event) => setAccountId(event.target.value)}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'subscription-account' } as object } }}
            >
              {(accounts.data?.items ?? []).map((account) => (
                <MenuItem key={account.id} value={String(account.id)}>
                  {account.name}
                </MenuItem>
              ))}
            </TextField>
          )}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
            <TextField
              sx={{ flex: 1 }}
              label={translate(`${K}.number`, { _: 'Phone number (optional)' })}
              helperText={note ?? translate(`${K}.number_help`, { _: 'Digits only, or pick a free one' })}
              value={number}
              onChange={(event) => {
                setNumber(event.target.value);
                setNote(null);
              }}
              slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'subscription-number-input' } }}
            />
            <Button onClick={pick} disabled={!!busy} data-testid="pick-number" sx={{ mt: { sm: 1 } }}>
              {translate(`${K}.pick`, { _: 'Pick for me' })}
            </Button>
          </Stack>
          {busy === 'pick' && <LinearProgress aria-label={translate(`${K}.picking`, { _: 'Picking a free number…' })} />}
          {failure && (
            <Alert severity="error" role="alert">
              {failure}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={!!busy}>
          {translate('ra.action.cancel', { _: 'Cancel' })}
        </Button>
        <Button
          variant="contained"
          onClick={submit}
          disabled={!!busy || !offeringId || !accountChoice}
          data-testid="subscription-create-submit"
        >
          {translate(`${K}.submit`, { _: 'Create subscription' })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
