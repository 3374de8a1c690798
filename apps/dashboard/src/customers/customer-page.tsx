import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Tab, Tabs } from '@mui/material';
import { Suspense } from 'react';
import { Title } from 'react-admin';
import { Link, Navigate, useParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { useSignedInPrincipal } from '../auth/session-context';
import { CustomerHeader } from './customer-header';
import { customerPath } from './customer-paths';
import { useCustomerRecord } from './customer-record';
import { tabFor, visibleTabs } from './tabs/customer-tab';
import { CUSTOMER_TABS } from './tabs/registry';

/** The customer 360 page: the header, then the tabs of the registry the principal may open. */
export function CustomerPage() {
  const { id = '', tab: tabId } = useParams();
  const principal = useSignedInPrincipal();
  const record = useCustomerRecord(id);
  const tabs = visibleTabs(CUSTOMER_TABS, principal);
  const current = tabFor(tabs, tabId);

  if (current && tabId !== undefined && tabId !== current.id) return <Navigate to={customerPath(id, current.id)} replace />;

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={record.data ? record.data.customer.data.name : 'Customer'} />
      <Button component={Link} to="/customers" startIcon={<ArrowBackIcon />} size="small" sx={{ mb: 1 }}>
        Customers
      </Button>
      {record.isPending && <LinearProgress aria-label="Loading the customer" />}
      {record.error && (
        <Alert severity="error" role="alert" action={<Button onClick={() => record.refetch()}>Retry</Button>}>
          {record.error instanceof ApiError && record.error.status === 404
            ? `Customer ${id} does not exist, or is not yours to see.`
            : record.error.message}
        </Alert>
      )}
      {record.data && (
        <Card>
          <CardContent sx={{ pb: 0 }}>
            <CustomerHeader customer={record.data.customer.data} />
          </CardContent>
          <Tabs
            value={current?.id ?? false}
            variant="scrollable"
            scrollButtons="auto"
            aria-label="Customer sections"
            sx={{ px: 2, borderBottom: 1, borderColor: 'divider' }}
          >
            {tabs.map((tab) => (
              <Tab
                key={tab.id}
                value={tab.id}
                label={tab.label}
                component={Link}
                to={customerPath(id, tab.id)}
                replace
                data-testid={`customer-tab-${tab.id}`}
              />
            ))}
          </Tabs>
          <CardContent role="tabpanel" aria-label={current?.label}>
            {current ? (
              <Suspense fallback={<LinearProgress aria-label={`Loading ${current.label}`} />}>
                <current.component key={current.id} customer={record.data.customer} party={record.data.party} reload={record.reload} />
              </Suspense>
            ) : (
              <Alert severity="info">Your roles open none of this customer&apos;s sections.</Alert>
            )}
          </CardContent>
        </Card>
      )}
    </Box>
  );
}
