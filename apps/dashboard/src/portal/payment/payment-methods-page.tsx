import AddIcon from '@mui/icons-material/Add';
import CreditCardIcon from '@mui/icons-material/CreditCard';
import { Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ComponentProps } from 'react';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { useNotifyError } from '../../admin/use-notify-error';
import { useSignedInPrincipal } from '../../auth/session-context';
import { addCard, listPaymentMethods, preferPaymentMethod, removePaymentMethod, replaceCard } from '../../customers/customer-api';
import type { PaymentMethod } from '../../customers/customer-types';
import { CardDialog } from '../../customers/payment/card-dialog';
import { expiryLabel, maskedCard } from '../../customers/payment/card';
import { LoadState, PortalPage } from '../portal-page';

type Editing = { kind: 'add' } | { kind: 'replace'; method: PaymentMethod };

/** My cards on file (masked): add one (the console's card form), replace one, make one the default, remove one. */
export function PaymentMethodsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const customerId = String(useSignedInPrincipal().customerId);
  const key = ['portal', 'payment-methods'];
  const methods = useQuery({ queryKey: key, queryFn: ({ signal }) => listPaymentMethods(customerId, signal) });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removing, setRemoving] = useState<PaymentMethod | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const t = (key: string, english: string, values?: Record<string, unknown>) =>
    translate(`contactly.portal.payment.${key}`, { _: english, ...values });

  const refresh = () => queryClient.invalidateQueries({ queryKey: key });

  // Typed by the card form itself: what it hands over is what the card API takes.
  const submitCard: ComponentProps<typeof CardDialog>['onSubmit'] = async (card, makeDefault) => {
    const saved = editing?.kind === 'replace' ? await replaceCard(editing.method.id, card) : await addCard(customerId, card, makeDefault);
    setEditing(null);
    notify(t('onFile', '%{card} is on file', { card: maskedCard(saved.details) }), { type: 'success' });
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

  return (
    <PortalPage
      title={t('title', 'Payment methods')}
      actions={
        <Button startIcon={<AddIcon />} variant="contained" onClick={() => setEditing({ kind: 'add' })}>
          {t('add', 'Add card')}
        </Button>
      }
    >
      <LoadState pending={methods.isPending} error={methods.error} retry={() => methods.refetch()} />
      {methods.data?.items.length === 0 && <Typography color="text.secondary">{t('none', 'You have no card on file yet.')}</Typography>}
      <Stack spacing={1.5}>
        {methods.data?.items.map((method) => (
          <Card key={method.id} variant="outlined" data-testid="payment-method">
            <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', pb: '16px !important' }}>
              <CreditCardIcon color="action" />
              <Box sx={{ flex: 1, minWidth: 180 }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography sx={{ fontWeight: 500, fontVariantNumeric: 'tabular-nums' }} data-testid="masked-card">
                    {maskedCard(method.details)}
                  </Typography>
                  {method.isPreferred && <Chip size="small" color="primary" label={t('default', 'Default')} data-testid="default-badge" />}
                </Stack>
                <Typography variant="body2" color="text.secondary">
                  {t('expires', 'Expires %{date}', { date: expiryLabel(method.details.expirationDate) })} · {method.details.nameOnCard}
                </Typography>
              </Box>
              <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
                {!method.isPreferred && method.status === 'active' && (
                  <Button
                    size="small"
                    disabled={busy === method.id}
                    onClick={() =>
                      act(
                        method,
                        () => preferPaymentMethod(method.id),
                        t('nowDefault', '%{card} is now the default', { card: maskedCard(method.details) }),
                      )
                    }
                  >
                    {t('makeDefault', 'Make default')}
                  </Button>
                )}
                <Button size="small" disabled={busy === method.id} onClick={() => setEditing({ kind: 'replace', method })}>
                  {t('replace', 'Replace')}
                </Button>
                <Button
                  size="small"
                  color="error"
                  disabled={busy === method.id}
                  onClick={() => setRemoving(method)}
                  aria-label={t('removeCard', 'Remove %{card}', { card: maskedCard(method.details) })}
                >
                  {t('remove', 'Remove')}
                </Button>
              </Stack>
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
        title={t('removeTitle', 'Remove %{card}?', { card: removing ? maskedCard(removing.details) : '' })}
        content={t('removeText', 'The card is removed from your payment methods.')}
        confirm={t('remove', 'Remove')}
        onConfirm={async () => {
          if (!removing) return;
          const method = removing;
          await act(
            method,
            () => removePaymentMethod(method.id),
            t('removed', '%{card} was removed', { card: maskedCard(method.details) }),
          );
          setRemoving(null);
        }}
        onClose={() => setRemoving(null)}
      />
    </PortalPage>
  );
}
