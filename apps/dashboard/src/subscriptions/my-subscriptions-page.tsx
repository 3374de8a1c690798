import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { useSignedInPrincipal } from '../auth/session-context';
import { LoadState, PortalPage } from '../portal/portal-page';
import { SubscriptionTable } from './subscription-table';
import { listSubscriptions } from './subscriptions-api';

/** The subscriber's own subscriptions: cancel (now or at period end, with a reason), undo a scheduled cancellation, auto-renewal. */
export function MySubscriptionsPage() {
  const translate = useTranslate();
  const customerId = useSignedInPrincipal().customerId;
  // The server narrows the list to the subscriber's own; naming the customer only keeps the request explicit.
  const subscriptions = useQuery({
    queryKey: ['portal', 'subscriptions'],
    queryFn: ({ signal }) => listSubscriptions(customerId === undefined ? undefined : String(customerId), signal),
  });
  return (
    <PortalPage title={translate('contactly.subscriptions.my_title', { _: 'My subscriptions' })}>
      <LoadState pending={subscriptions.isPending} error={subscriptions.error} retry={() => subscriptions.refetch()} />
      {subscriptions.data?.items.length === 0 && (
        <Typography color="text.secondary">{translate('contactly.subscriptions.my_none', { _: 'You have no subscriptions.' })}</Typography>
      )}
      {!!subscriptions.data?.items.length && (
        <SubscriptionTable subscriptions={subscriptions.data.items} staff={false} writable onChanged={() => subscriptions.refetch()} />
      )}
    </PortalPage>
  );
}
