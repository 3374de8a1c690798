import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Tab, Tabs } from '@mui/material';
import { Suspense } from 'react';
import { Title, useTranslate } from 'react-admin';
import { Link, Navigate, useParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { useSignedInPrincipal } from '../auth/session-context';
import { CustomerHeader } from './customer-header';
import { customerPath } from './customer-paths';
import { useCustomerRecord } from './customer-record';
import { CustomerOverview } from './overview/customer-overview';
import { tabFor, visibleTabs } from './tabs/customer-tab';
import { CUSTOMER_TABS } from './tabs/registry';

const K = 'contactly.customer360';

/** The customer 360 page: the header, the overview (one truth), then the tabs of the registry the principal may open. */
export function CustomerPage() {
  const { id = '', tab: tabId } = useParams();
  const translate = useTranslate();
  const principal = useSignedInPrincipal();
  const record = useCustomerRecord(id);
  const tabs = visibleTabs(CUSTOMER_TABS, principal);
  const current = tabFor(tabs, tabId);
  const tabLabel = (tab: { id: string; label: string }) => translate(`${K}.tabs.${tab.id}`, { _: tab.label });

  if (current && tabId !== undefined && tabId !== current.id) return <Navigate to={customerPath(id, current.id)} replace />;

  return (
    // contain: the tabs' row (wider than a phone) scrolls inside the card instead of widening the layout to its width.
    <Box sx={{ mt: 2, minWidth: 0, contain: 'inline-size' }}>
      <Title title={record.data ? record.data.customer.data.name : translate(`${K}.customer`, { _: 'Customer' })} />
      <Button component={Link} to="/customers" startIcon={<ArrowBackIcon />} size="small" sx={{ mb: 1 }}>
        {translate(`${K}.back`, { _: 'Customers' })}
      </Button>
      {record.isPending && <LinearProgress aria-label={translate(`${K}.loading`, { _: 'Loading the customer' })} />}
      {record.error && (
        <Alert
          severity="error"
          role="alert"
          action={<Button onClick={() => record.refetch()}>{translate(`${K}.retry`, { _: 'Retry' })}</Button>}
        >
          {record.error instanceof ApiError && record.error.status === 404
            ? translate(`${K}.not_found`, { _: 'Customer %{id} does not exist, or is not yours to see.', id })
            : record.error.message}
        </Alert>
      )}
      {record.data && (
        <Card>
          <CardContent sx={{ pb: 1 }}>
            <CustomerHeader customer={record.data.customer.data} />
            <CustomerOverview customerId={id} version={record.data.customer.etag} />
          </CardContent>
          <Tabs
            value={current?.id ?? false}
            variant="scrollable"
            scrollButtons="auto"
            allowScrollButtonsMobile
            aria-label={translate(`${K}.sections`, { _: 'Customer sections' })}
            sx={{ px: { xs: 0, sm: 2 }, borderBottom: 1, borderColor: 'divider' }}
          >
            {tabs.map((tab) => (
              <Tab
                key={tab.id}
                value={tab.id}
                label={tabLabel(tab)}
                component={Link}
                to={customerPath(id, tab.id)}
                replace
                data-testid={`customer-tab-${tab.id}`}
              />
            ))}
          </Tabs>
          <CardContent role="tabpanel" aria-label={current ? tabLabel(current) : undefined} sx={{ minWidth: 0 }}>
            {current ? (
              <Suspense
                fallback={<LinearProgress aria-label={translate(`${K}.loading_tab`, { _: 'Loading %{tab}', tab: tabLabel(current) })} />}
              >
                <current.component key={current.id} customer={record.data.customer} party={record.data.party} reload={record.reload} />
              </Suspense>
            ) : (
              <Alert severity="info">{translate(`${K}.no_sections`, { _: 'Your roles open none of this customer’s sections.' })}</Alert>
            )}
          </CardContent>
        </Card>
      )}
    </Box>
  );
}
