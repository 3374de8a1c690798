import AddIcon from '@mui/icons-material/Add';
import CreditCardIcon from '@mui/icons-material/CreditCard';
import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import { useNotifyError } from '../../admin/use-notify-error';
import { addCard, listPaymentMethods, preferPaymentMethod, removePaymentMethod, replaceCard, type CardInput } from '../customer-api';
import type { PaymentMethod } from '../customer-types';
import { refreshPaymentViews } from '../billing/billing-queries';
import { CardDialog } from '../payment/card-dialog';
import { expiryLabel, isGeneratedCardName, maskedCard } from '../payment/card';
import type { CustomerTabProps } from './customer-tab';

const K = 'contactly.customer360.payment';

type Editing = { kind: 'add' } | { kind: 'replace'; method: PaymentMethod };

/** The customer's cards on file (masked): add, replace, make default, remove. */
export function PaymentMethodsTab({ customer }: CustomerTabProps) {
  const translate = useTranslate();
  const id = customer.data.id;
  const principal = useSignedInPrincipal();
  const writable = hasPermission(principal, 'payment-methods:write');
  const notify = useNotify();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const key = ['customers', id, 'payment-methods'];
  const methods = useQuery({ queryKey: key, queryFn: ({ signal }) => listPaymentMethods(id, signal) });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removing, setRemoving] = useState<PaymentMethod | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const refresh = () => refreshPaymentViews(queryClient, id);

  const submitCard = async (card: CardInput, makeDefault: boolean) => {
    const saved = editing?.kind === 'replace' ? await replaceCard(editing.method.id, card) : await addCard(id, card, makeDefault);
    setEditing(null);
    notify(translate(`${K}.on_file`, { _: '%{card} is on file', card: maskedCard(saved.details) }), { type: 'success' });
    await refresh();
  };

  const act = async (method: PaymentMethod, action: () => Promise<unknown>, done: string) => {
    setBusy(method.id);
    try {
      await action();
      notify(done, { type: 'success' });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
      await refresh();
    }
  };

  const confirmRemove = async () => {
    if (!removing) return;
    const method = removing;
    await act(
      method,
      () => removePaymentMethod(method.id),
      translate(`${K}.removed`, { _: '%{card} was removed', card: maskedCard(method.details) }),
    );
    setRemoving(null);
  };

  return (
    <section aria-labelledby="payment-methods-title">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography id="payment-methods-title" variant="h6" component="h2">
          {translate(`${K}.title`, { _: 'Payment methods' })}
        </Typography>
        {writable && (
          <Button startIcon={<AddIcon />} variant="outlined" onClick={() => setEditing({ kind: 'add' })}>
            {translate(`${K}.add`, { _: 'Add card' })}
          </Button>
        )}
      </Stack>
      {methods.isPending && <LinearProgress aria-label={translate(`${K}.loading`, { _: 'Loading the payment methods' })} />}
      {methods.error && (
        <Alert
          severity="error"
          role="alert"
          action={<Button onClick={() => methods.refetch()}>{translate('contactly.customer360.retry', { _: 'Retry' })}</Button>}
        >
          {translate(`${K}.load_failed`, { _: 'The payment methods could not be loaded: %{error}', error: methods.error.message })}
        </Alert>
      )}
      {methods.data?.items.length === 0 && (
        <Typography color="text.secondary">{translate(`${K}.none`, { _: 'No card on file.' })}</Typography>
      )}
      <Stack spacing={1.5}>
        {methods.data?.items.map((method) => (
          <Card key={method.id} variant="outlined" data-testid="payment-method">
            <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', pb: '16px !important' }}>
              <CreditCardIcon color="action" />
              <Box sx={{ flex: 1, minWidth: 200 }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography sx={{ fontWeight: 500, fontVariantNumeric: 'tabular-nums' }} data-testid="masked-card">
                    {maskedCard(method.details)}
                  </Typography>
                  {method.isPreferred && (
                    <Chip size="small" color="primary" label={translate(`${K}.default`, { _: 'Default' })} data-testid="default-badge" />
                  )}
                  {method.status !== 'active' && (
                    <Chip size="small" label={translate(`${K}.statuses.${method.status}`, { _: method.status })} />
                  )}
                </Stack>
                <Typography variant="body2" color="text.secondary">
                  {translate(`${K}.expires`, { _: 'Expires %{date}', date: expiryLabel(method.details.expirationDate) })} ·{' '}
                  {method.details.nameOnCard}
                  {isGeneratedCardName(method.name) ? '' : ` · ${method.name}`}
                </Typography>
              </Box>
              {writable && (
                <Stack direction="row" spacing={1}>
                  {!method.isPreferred && method.status === 'active' && (
                    <Button
                      size="small"
                      disabled={busy === method.id}
                      onClick={() =>
                        act(
                          method,
                          () => preferPaymentMethod(method.id),
                          translate(`${K}.now_default`, { _: '%{card} is now the default', card: maskedCard(method.details) }),
                        )
                      }
                    >
                      {translate(`${K}.make_default`, { _: 'Make default' })}
                    </Button>
                  )}
                  <Button size="small" disabled={busy === method.id} onClick={() => setEditing({ kind: 'replace', method })}>
                    {translate(`${K}.replace`, { _: 'Replace' })}
                  </Button>
                  <Button
                    size="small"
                    color="error"
                    disabled={busy === method.id}
                    onClick={() => setRemoving(method)}
                    aria-label={translate(`${K}.remove_card`, { _: 'Remove %{card}', card: maskedCard(method.details) })}
                  >
                    {translate(`${K}.remove`, { _: 'Remove' })}
                  </Button>
                </Stack>
              )}
            </CardContent>
          </Card>
        ))}
      </Stack>
      {editing && (
        <CardDialog
          replacing={editing.kind === 'replace' ? editing.method : undefined}
          offerDefault={editing.kind === 'add' && !!methods.data?.items.length}
          onSubmit={submitCard}
          onClose={() => setEditing(null)}
        />
      )}
      <Confirm
        isOpen={removing !== null}
        loading={busy !== null}
        title={translate(`${K}.remove_title`, {
          _: 'Remove %{card}?',
          card: removing ? maskedCard(removing.details) : translate(`${K}.this_card`, { _: 'this card' }),
        })}
        content={
          removing?.account.length
            ? translate(`${K}.remove_charged`, {
                _: 'Billing accounts charge it by default (%{accounts}); they are left without a default payment method.',
                accounts: removing.account.map((a) => a.name).join(', '),
              })
            : translate(`${K}.remove_plain`, { _: 'The card is removed from the customer’s payment methods.' })
        }
        confirm={translate(`${K}.remove`, { _: 'Remove' })}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      />
    </section>
  );
}
