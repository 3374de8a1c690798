import {
  Box,
  Button,
  Chip,
  FormControlLabel,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Confirm, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useNotifyError } from '../admin/use-notify-error';
import { CancelDialog, type CancelChoice } from './cancel-dialog';
import { subscriptionPriceText } from './subscription-price';
import { allowedActions, STATUS_COLORS, statusLabel, type SubscriptionStatus } from './subscription-rules';
import {
  cancelSubscription,
  periodOf,
  resourcesOf,
  resumeSubscription,
  setAutoRenew,
  type Subscription,
  subscriptionName,
  suspendSubscription,
  undoCancellation,
} from './subscriptions-api';

const K = 'contactly.subscriptions';

type Pending =
  | { kind: 'cancel' | 'undo' | 'suspend' | 'resume'; subscription: Subscription }
  | { kind: 'autoRenew'; subscription: Subscription; on: boolean };

interface SubscriptionTableProps {
  subscriptions: readonly Subscription[];
  /** Staff suspend and resume; subscribers only cancel, undo and change auto-renewal. */
  staff: boolean;
  /** Whether the viewer may change them at all (subscriptions:write, or their own). */
  writable: boolean;
  /** Reads the list again after an action. */
  onChanged(): Promise<unknown>;
}

/** Subscriptions with their offering, price, status, period, auto-renewal, number and SIM, and what can be done with each. */
export function SubscriptionTable({ subscriptions, staff, writable, onChanged }: SubscriptionTableProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const date = (iso: string | undefined) =>
    iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)) : undefined;

  const cancel = async (subscription: Subscription, choice: CancelChoice) => {
    const answer = await cancelSubscription(subscription.id, choice);
    const name = subscriptionName(subscription);
    const end = date(answer?.cancellation?.effectiveDate ?? answer?.terminationDate ?? periodOf(answer ?? subscription).end);
    notify(
      choice.when === 'now'
        ? translate(`${K}.cancel.done_now`, { _: '%{name} is terminated.', name })
        : end
          ? translate(`${K}.cancel.done_period_end`, { _: '%{name} ends on %{date}.', name, date: end })
          : translate(`${K}.cancel.done_period_end_plain`, { _: '%{name} ends at the end of its period.', name }),
      { type: 'success' },
    );
    setPending(null);
    await onChanged();
  };

  const confirm = async () => {
    if (!pending || pending.kind === 'cancel') return;
    const { subscription } = pending;
    const name = subscriptionName(subscription);
    setBusy(true);
    try {
      if (pending.kind === 'undo') {
        await undoCancellation(subscription.id);
        notify(translate(`${K}.undo.done`, { _: '%{name} goes on: the cancellation is withdrawn.', name }), { type: 'success' });
      } else if (pending.kind === 'suspend') {
        await suspendSubscription(subscription.id);
        notify(translate(`${K}.suspend.done`, { _: '%{name} is suspended.', name }), { type: 'success' });
      } else if (pending.kind === 'resume') {
        await resumeSubscription(subscription.id);
        notify(translate(`${K}.resume.done`, { _: '%{name} is active again.', name }), { type: 'success' });
      } else if (pending.kind === 'autoRenew') {
        await setAutoRenew(subscription.id, pending.on);
        notify(
          pending.on
            ? translate(`${K}.auto_renew.on`, { _: 'Auto-renewal of %{name} is on: it renews at period end.', name })
            : translate(`${K}.auto_renew.off`, { _: 'Auto-renewal of %{name} is off: it ends at period end.', name }),
          { type: 'success' },
        );
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
      setPending(null);
      await onChanged();
    }
  };

  const confirmText = (() => {
    if (!pending || pending.kind === 'cancel') return { title: '', content: '' };
    const name = subscriptionName(pending.subscription);
    if (pending.kind === 'autoRenew') {
      return pending.on
        ? {
            title: translate(`${K}.auto_renew.title_on`, { _: 'Renew %{name} automatically?', name }),
            content: translate(`${K}.auto_renew.content_on`, { _: 'At the end of each period it continues for another period.' }),
          }
        : {
            title: translate(`${K}.auto_renew.title_off`, { _: 'Stop renewing %{name}?', name }),
            content: translate(`${K}.auto_renew.content_off`, {
              _: 'It ends at the end of the current period unless renewal is switched on again.',
            }),
          };
    }
    const defaults = {
      undo: ['Keep %{name}?', 'The scheduled cancellation is withdrawn; the subscription goes on as before.'],
      suspend: ['Suspend %{name}?', 'The subscriber cannot use the service until it is resumed.'],
      resume: ['Resume %{name}?', 'The subscriber can use the service again.'],
    }[pending.kind];
    return {
      title: translate(`${K}.${pending.kind}.title`, { _: defaults[0], name }),
      content: translate(`${K}.${pending.kind}.content`, { _: defaults[1] }),
    };
  })();

  const column = (key: string, english: string) => translate(`${K}.columns.${key}`, { _: english });

  return (
    <>
      {/* The table scrolls inside its card on a narrow screen, never the page. */}
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" sx={{ minWidth: 860 }} aria-label={translate(`${K}.title`, { _: 'Subscriptions' })}>
          <TableHead>
            <TableRow>
              <TableCell>{column('offering', 'Offering')}</TableCell>
              <TableCell>{column('price', 'Price')}</TableCell>
              <TableCell>{column('status', 'Status')}</TableCell>
              <TableCell>{column('period', 'Current period')}</TableCell>
              <TableCell>{column('auto_renew', 'Auto-renew')}</TableCell>
              <TableCell>{column('number', 'Number')}</TableCell>
              <TableCell>{column('sim', 'SIM')}</TableCell>
              {writable && <TableCell>{column('actions', 'Actions')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {subscriptions.map((subscription) => {
              const actions = writable ? allowedActions(subscription.status, staff) : [];
              const period = periodOf(subscription);
              const { number, sim } = resourcesOf(subscription);
              const price = subscription.productPrice?.[0];
              return (
                <TableRow key={subscription.id} data-testid="subscription" data-status={subscription.status}>
                  <TableCell>
                    <Typography variant="body2" sx={{ fontWeight: 500 }}>
                      {subscriptionName(subscription)}
                    </Typography>
                    <Typography variant="caption" color="text.secondary">
                      #{subscription.id}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{subscriptionPriceText(price, locale, translate)}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      data-testid="subscription-status"
                      label={statusLabel(subscription.status, translate)}
                      color={STATUS_COLORS[subscription.status as SubscriptionStatus] ?? 'default'}
                    />
                    {subscription.status === 'pendingTerminate' && period.end && (
                      <Typography variant="caption" display="block" color="text.secondary">
                        {translate(`${K}.ends_on`, {
                          _: 'Ends on %{date}',
                          date: date(subscription.cancellation?.effectiveDate ?? period.end),
                        })}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    {period.start || period.end
                      ? translate(`${K}.period`, { _: '%{start} – %{end}', start: date(period.start) ?? '…', end: date(period.end) ?? '…' })
                      : '—'}
                  </TableCell>
                  <TableCell>
                    {actions.includes('autoRenew') ? (
                      <FormControlLabel
                        control={
                          <Switch
                            checked={!!subscription.autoRenew}
                            onChange={(event) => setPending({ kind: 'autoRenew', subscription, on: event.target.checked })}
                            slotProps={{ input: { 'aria-label': translate(`${K}.actions.auto_renew_on`, { _: 'Renew automatically' }) } }}
                            data-testid="auto-renew"
                          />
                        }
                        label=""
                      />
                    ) : subscription.autoRenew ? (
                      translate('ra.boolean.true', { _: 'Yes' })
                    ) : (
                      translate('ra.boolean.false', { _: 'No' })
                    )}
                  </TableCell>
                  <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }} data-testid="subscription-number">
                    {number ?? '—'}
                  </TableCell>
                  <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{sim ?? '—'}</TableCell>
                  {writable && (
                    <TableCell>
                      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                        {actions.includes('cancel') && (
                          <Button
                            size="small"
                            color="error"
                            data-testid="subscription-cancel"
                            onClick={() => setPending({ kind: 'cancel', subscription })}
                          >
                            {translate(`${K}.actions.cancel`, { _: 'Cancel' })}
                          </Button>
                        )}
                        {actions.includes('undoCancel') && (
                          <Button size="small" data-testid="subscription-undo" onClick={() => setPending({ kind: 'undo', subscription })}>
                            {translate(`${K}.actions.undo`, { _: 'Keep it (undo the cancellation)' })}
                          </Button>
                        )}
                        {actions.includes('suspend') && (
                          <Button
                            size="small"
                            data-testid="subscription-suspend"
                            onClick={() => setPending({ kind: 'suspend', subscription })}
                          >
                            {translate(`${K}.actions.suspend`, { _: 'Suspend' })}
                          </Button>
                        )}
                        {actions.includes('resume') && (
                          <Button
                            size="small"
                            data-testid="subscription-resume"
                            onClick={() => setPending({ kind: 'resume', subscription })}
                          >
                            {translate(`${K}.actions.resume`, { _: 'Resume' })}
                          </Button>
                        )}
                      </Stack>
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
      {pending?.kind === 'cancel' && (
        <CancelDialog
          name={subscriptionName(pending.subscription)}
          periodEnd={date(periodOf(pending.subscription).end)}
          onClose={() => setPending(null)}
          onConfirm={(choice) => cancel(pending.subscription, choice)}
        />
      )}
      <Confirm
        isOpen={!!pending && pending.kind !== 'cancel'}
        loading={busy}
        title={confirmText.title}
        content={confirmText.content}
        onConfirm={confirm}
        onClose={() => setPending(null)}
      />
    </>
  );
}
