import { Alert, Box, Button, Chip, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { balanceOf } from '../billing/balance';
import { billingAccountsKey } from '../billing/billing-queries';
import { listBillingAccounts } from '../customer-api';
import type { CustomerTabProps } from './customer-tab';

const K = 'contactly.customer360.billing';

const STATE_COLORS: Record<string, 'default' | 'success' | 'warning' | 'info'> = {
  created: 'info',
  active: 'success',
  suspended: 'warning',
  closed: 'default',
};
const STATE_DEFAULTS: Record<string, string> = { created: 'Created', active: 'Active', suspended: 'Suspended', closed: 'Closed' };

/** The customer's TMF666 billing accounts: name, state, balance, the card each charges by default. */
export function BillingAccountsTab({ customer }: CustomerTabProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const id = customer.data.id;
  const accounts = useQuery({ queryKey: billingAccountsKey(id), queryFn: ({ signal }) => listBillingAccounts(id, signal) });
  const dateTime = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return (
    <section aria-labelledby="billing-accounts-title">
      <Typography id="billing-accounts-title" variant="h6" component="h2" gutterBottom>
        {translate(`${K}.title`, { _: 'Billing accounts' })}
      </Typography>
      {accounts.isPending && <LinearProgress aria-label={translate(`${K}.loading`, { _: 'Loading the billing accounts' })} />}
      {accounts.error && (
        <Alert
          severity="error"
          role="alert"
          action={<Button onClick={() => accounts.refetch()}>{translate('contactly.customer360.retry', { _: 'Retry' })}</Button>}
        >
          {translate(`${K}.load_failed`, { _: 'The billing accounts could not be loaded: %{error}', error: accounts.error.message })}
        </Alert>
      )}
      {accounts.data?.items.length === 0 && (
        <Typography color="text.secondary">{translate(`${K}.none`, { _: 'No billing accounts yet.' })}</Typography>
      )}
      {!!accounts.data?.items.length && (
        // The table scrolls inside its card on a narrow screen, never the page.
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-labelledby="billing-accounts-title" sx={{ minWidth: 640 }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate(`${K}.name`, { _: 'Name' })}</TableCell>
                <TableCell>{translate(`${K}.state`, { _: 'State' })}</TableCell>
                <TableCell align="right">{translate(`${K}.balance`, { _: 'Balance' })}</TableCell>
                <TableCell>{translate(`${K}.payment_status`, { _: 'Payment status' })}</TableCell>
                <TableCell>{translate(`${K}.default_payment_method`, { _: 'Default payment method' })}</TableCell>
                <TableCell>{translate(`${K}.last_change`, { _: 'Last change' })}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {accounts.data.items.map((account) => (
                <TableRow key={account.id} data-testid="billing-account">
                  <TableCell>{account.name}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      label={translate(`${K}.states.${account.state}`, { _: STATE_DEFAULTS[account.state] ?? account.state })}
                      color={STATE_COLORS[account.state] ?? 'default'}
                    />
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }} data-testid="billing-account-balance">
                    {balanceOf(account, locale)}
                  </TableCell>
                  <TableCell>
                    {account.paymentStatus
                      ? translate(`${K}.payment_statuses.${account.paymentStatus}`, { _: account.paymentStatus })
                      : '—'}
                  </TableCell>
                  <TableCell data-testid="billing-account-default-method">{account.defaultPaymentMethod?.name ?? '—'}</TableCell>
                  <TableCell>{dateTime(account.lastModified)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {accounts.data && accounts.data.total > accounts.data.items.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate(`${K}.showing`, {
            _: 'Showing %{shown} of %{total} accounts.',
            shown: accounts.data.items.length,
            total: accounts.data.total,
          })}
        </Typography>
      )}
    </section>
  );
}
