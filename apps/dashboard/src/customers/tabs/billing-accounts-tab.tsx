import { Alert, Button, Chip, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { balanceOf } from '../billing/balance';
import { listBillingAccounts } from '../customer-api';
import type { CustomerTabProps } from './customer-tab';

const STATE_COLORS: Record<string, 'default' | 'success' | 'warning' | 'info'> = {
  created: 'info',
  active: 'success',
  suspended: 'warning',
  closed: 'default',
};

/** The customer's TMF666 billing accounts: name, state, balance. */
export function BillingAccountsTab({ customer }: CustomerTabProps) {
  const id = customer.data.id;
  const accounts = useQuery({ queryKey: ['customers', id, 'billing-accounts'], queryFn: ({ signal }) => listBillingAccounts(id, signal) });

  return (
    <section aria-labelledby="billing-accounts-title">
      <Typography id="billing-accounts-title" variant="h6" component="h2" gutterBottom>
        Billing accounts
      </Typography>
      {accounts.isPending && <LinearProgress aria-label="Loading the billing accounts" />}
      {accounts.error && (
        <Alert severity="error" role="alert" action={<Button onClick={() => accounts.refetch()}>Retry</Button>}>
          The billing accounts could not be loaded: {accounts.error.message}
        </Alert>
      )}
      {accounts.data?.items.length === 0 && <Typography color="text.secondary">No billing accounts yet.</Typography>}
      {!!accounts.data?.items.length && (
        <Table size="small" aria-labelledby="billing-accounts-title">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>State</TableCell>
              <TableCell align="right">Balance</TableCell>
              <TableCell>Payment status</TableCell>
              <TableCell>Default payment method</TableCell>
              <TableCell>Last change</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {accounts.data.items.map((account) => (
              <TableRow key={account.id} data-testid="billing-account">
                <TableCell>{account.name}</TableCell>
                <TableCell>
                  <Chip size="small" label={account.state} color={STATE_COLORS[account.state] ?? 'default'} />
                </TableCell>
                <TableCell align="right">{balanceOf(account)}</TableCell>
                <TableCell>{account.paymentStatus ?? '—'}</TableCell>
                <TableCell>{account.defaultPaymentMethod?.name ?? '—'}</TableCell>
                <TableCell>{new Date(account.lastModified).toLocaleString()}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {accounts.data && accounts.data.total > accounts.data.items.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          Showing {accounts.data.items.length} of {accounts.data.total} accounts.
        </Typography>
      )}
    </section>
  );
}
