import AddIcon from '@mui/icons-material/Add';
import CreditCardIcon from '@mui/icons-material/CreditCard';
import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, useNotify } from 'react-admin';
import { hasPermission } from '../../auth/principal';
import { useSignedInPrincipal } from '../../auth/session-context';
import { useNotifyError } from '../../admin/use-notify-error';
import { addCard, listPaymentMethods, preferPaymentMethod, removePaymentMethod, replaceCard, type CardInput } from '../customer-api';
import type { PaymentMethod } from '../customer-types';
import { CardDialog } from '../payment/card-dialog';
import { expiryLabel, isGeneratedCardName, maskedCard } from '../payment/card';
import type { CustomerTabProps } from './customer-tab';

type Editing = { kind: 'add' } | { kind: 'replace'; method: PaymentMethod };

/** The customer's cards on file (masked): add, replace, make default, remove. */
export function PaymentMethodsTab({ customer }: CustomerTabProps) {
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

  const refresh = () => queryClient.invalidateQueries({ queryKey: key });

  const submitCard = async (card: CardInput, makeDefault: boolean) => {
    const saved = editing?.kind === 'replace' ? await replaceCard(editing.method.id, card) : await addCard(id, card, makeDefault);
    setEditing(null);
    notify(`${maskedCard(saved.details)} is on file`, { type: 'success' });
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
    await act(method, () => removePaymentMethod(method.id), `${maskedCard(method.details)} was removed`);
    setRemoving(null);
  };

  return (
    <section aria-labelledby="payment-methods-title">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography id="payment-methods-title" variant="h6" component="h2">
          Payment methods
        </Typography>
        {writable && (
          <Button startIcon={<AddIcon />} variant="outlined" onClick={() => setEditing({ kind: 'add' })}>
            Add card
          </Button>
        )}
      </Stack>
      {methods.isPending && <LinearProgress aria-label="Loading the payment methods" />}
      {methods.error && (
        <Alert severity="error" role="alert" action={<Button onClick={() => methods.refetch()}>Retry</Button>}>
          The payment methods could not be loaded: {methods.error.message}
        </Alert>
      )}
      {methods.data?.items.length === 0 && <Typography color="text.secondary">No card on file.</Typography>}
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
                  {method.isPreferred && <Chip size="small" color="primary" label="Default" data-testid="default-badge" />}
                  {method.status !== 'active' && <Chip size="small" label={method.status} />}
                </Stack>
                <Typography variant="body2" color="text.secondary">
                  Expires {expiryLabel(method.details.expirationDate)} · {method.details.nameOnCard}
                  {isGeneratedCardName(method.name) ? '' : ` · ${method.name}`}
                </Typography>
              </Box>
              {writable && (
                <Stack direction="row" spacing={1}>
                  {!method.isPreferred && method.status === 'active' && (
                    <Button
                      size="small"
                      disabled={busy === method.id}
                      onClick={() => act(method, () => preferPaymentMethod(method.id), `${maskedCard(method.details)} is now the default`)}
                    >
                      Make default
                    </Button>
                  )}
                  <Button size="small" disabled={busy === method.id} onClick={() => setEditing({ kind: 'replace', method })}>
                    Replace
                  </Button>
                  <Button
                    size="small"
                    color="error"
                    disabled={busy === method.id}
                    onClick={() => setRemoving(method)}
                    aria-label={`Remove ${maskedCard(method.details)}`}
                  >
                    Remove
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
        title={`Remove ${removing ? maskedCard(removing.details) : 'this card'}?`}
        content={
          removing?.account.length
            ? `Billing accounts charge it by default (${removing.account.map((a) => a.name).join(', ')}); they are left without a default payment method.`
            : 'The card is removed from the customer’s payment methods.'
        }
        confirm="Remove"
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      />
    </section>
  );
}
