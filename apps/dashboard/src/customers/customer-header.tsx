import BusinessIcon from '@mui/icons-material/Business';
import PersonIcon from '@mui/icons-material/Person';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { statusColor } from './customer-status';
import { owningAffiliate, primaryContact, segmentOf } from './customer-summary';
import type { Customer } from './customer-types';
import { useStatusLabel } from './use-status-label';

const K = 'contactly.customer360.header';

/** Who the customer is at a glance: name, status, segment, owner and main contacts. */
export function CustomerHeader({ customer }: { customer: Customer }) {
  const translate = useTranslate();
  const statusLabel = useStatusLabel();
  const segment = segmentOf(customer);
  const owner = owningAffiliate(customer);
  const email = primaryContact(customer.contactMedium, 'email');
  const phone = primaryContact(customer.contactMedium, 'phone');
  return (
    <Box component="header" sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
      {segment === 'B2B' ? <BusinessIcon fontSize="large" color="action" /> : <PersonIcon fontSize="large" color="action" />}
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h1" data-testid="customer-name" sx={{ overflowWrap: 'anywhere' }}>
            {customer.name}
          </Typography>
          <Chip size="small" label={statusLabel(customer.status)} color={statusColor(customer.status)} data-testid="customer-status" />
          <Chip size="small" variant="outlined" label={segment} data-testid="customer-segment" />
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {[
            translate(`${K}.customer_id`, { _: 'Customer %{id}', id: customer.id }),
            owner
              ? translate(`${K}.owned_by`, { _: 'owned by %{name}', name: owner.name })
              : translate(`${K}.no_affiliate`, { _: 'no affiliate' }),
            email,
            phone,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
      </Box>
    </Box>
  );
}
