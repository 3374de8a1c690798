import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, LinearProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { hasPermission } from '../auth/principal';
import { useSignedInPrincipal } from '../auth/session-context';
import type { CustomerTabProps } from '../customers/tabs/customer-tab';
import { CreateSubscriptionDialog } from './create-subscription-dialog';
import { SubscriptionTable } from './subscription-table';
import { listSubscriptions, subscriptionName, subscriptionsKey } from './subscriptions-api';

const K = 'contactly.subscriptions';

/** The customer 360 page's Subscriptions tab: the customer's subscriptions, what can be done with each, and a new one. */
export function SubscriptionsTab({ customer }: CustomerTabProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const principal = useSignedInPrincipal();
  const writable = hasPermission(principal, 'subscriptions:write');
  const id = String(customer.data.id);
  const subscriptions = useQuery({ queryKey: subscriptionsKey(id), queryFn: ({ signal }) => listSubscriptions(id, signal) });
  const [creating, setCreating] = useState(false);

  return (
    <section aria-labelledby="subscriptions-title">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography id="subscriptions-title" variant="h6" component="h2">
          {translate(`${K}.title`, { _: 'Subscriptions' })}
        </Typography>
        {writable && (
          <Button startIcon={<AddIcon />} variant="contained" onClick={() => setCreating(true)} data-testid="subscription-create">
            {translate(`${K}.actions.create`, { _: 'New subscription' })}
          </Button>
        )}
      </Box>
      {subscriptions.isPending && <LinearProgress aria-label={translate(`${K}.loading`, { _: 'Loading the subscriptions' })} />}
      {subscriptions.error && (
        <Alert
          severity="error"
          role="alert"
          action={<Button onClick={() => subscriptions.refetch()}>{translate(`${K}.retry`, { _: 'Retry' })}</Button>}
        >
          {translate(`${K}.load_failed`, { _: 'The subscriptions could not be loaded: %{error}', error: subscriptions.error.message })}
        </Alert>
      )}
      {subscriptions.data?.items.length === 0 && (
        <Typography color="text.secondary">{translate(`${K}.none`, { _: 'No subscriptions yet.' })}</Typography>
      )}
      {!!subscriptions.data?.items.length && (
        <SubscriptionTable
          subscriptions={subscriptions.data.items}
          staff={principal.kind === 'staff'}
          writable={writable}
          onChanged={() => subscriptions.refetch()}
        />
      )}
      {subscriptions.data && subscriptions.data.total > subscriptions.data.items.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate(`${K}.showing`, {
            _: 'Showing %{shown} of %{total} subscriptions.',
            shown: subscriptions.data.items.length,
            total: subscriptions.data.total,
          })}
        </Typography>
      )}
      {creating && (
        <CreateSubscriptionDialog
          customerId={id}
          customerName={customer.data.name ?? id}
          onClose={() => setCreating(false)}
          onCreated={async (created) => {
            setCreating(false);
            notify(
              translate(`${K}.create.done`, { _: 'Subscription %{id} created: %{name}.', id: created.id, name: subscriptionName(created) }),
              {
                type: 'success',
              },
            );
            await subscriptions.refetch();
          }}
        />
      )}
    </section>
  );
}
