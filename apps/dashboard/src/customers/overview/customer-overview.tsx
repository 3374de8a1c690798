import { Alert, Box, Button, Chip, LinearProgress, Link as MuiLink, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { customerPath } from '../customer-paths';
import { statusColor } from '../customer-status';
import { useStatusLabel } from '../use-status-label';
import { getCustomerOverview, overviewKey, type CustomerOverview as Overview } from './overview-api';
import { OverviewTile } from './overview-tile';
import { formatMoney, owedState } from './overview-view';
import { ReachList } from './reach-list';

const K = 'contactly.customer360.overview';

/**
 * The top of the 360 page: status, what is owed, the default card, open cases, last contact and
 * reachability by channel — one read of the server's overview, built from the rules the services
 * apply, so the tabs below cannot tell a different story.
 */
export function CustomerOverview({ customerId, version }: { customerId: string; version: string | null }) {
  const translate = useTranslate();
  // Keyed by the customer's ETag too: a change of the customer (its status) reads the overview again.
  const overview = useQuery({
    queryKey: [...overviewKey(customerId), version],
    queryFn: ({ signal }) => getCustomerOverview(customerId, signal),
  });
  return (
    <Box component="section" aria-label={translate(`${K}.title`, { _: 'Overview' })} data-testid="customer-overview" sx={{ mt: 2 }}>
      {overview.isPending && <LinearProgress aria-label={translate(`${K}.loading`, { _: 'Loading the overview' })} />}
      {overview.error && (
        <Alert
          severity="error"
          role="alert"
          action={<Button onClick={() => overview.refetch()}>{translate('contactly.customer360.retry', { _: 'Retry' })}</Button>}
        >
          {translate(`${K}.load_failed`, { _: 'The overview could not be loaded: %{error}', error: overview.error.message })}
        </Alert>
      )}
      {overview.data && <OverviewTiles overview={overview.data} />}
    </Box>
  );
}

function OverviewTiles({ overview }: { overview: Overview }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const statusLabel = useStatusLabel();
  const dateTime = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const { balance, defaultPaymentMethod: card, supportCases: cases, communications } = overview;
  const state = owedState(balance.owed);
  const amounts = balance.owed.map((m) => formatMoney({ ...m, value: Math.abs(m.value) }, locale)).join(' + ');
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(3, minmax(0, 1fr))' },
      }}
    >
      <OverviewTile title={translate(`${K}.status`, { _: 'Status' })} testId="overview-status">
        <Chip size="small" label={statusLabel(overview.status.status)} color={statusColor(overview.status.status)} />
        {overview.status.reason && (
          <Typography variant="body2" sx={{ mt: 0.5 }} data-testid="overview-status-reason">
            {overview.status.reason}
          </Typography>
        )}
      </OverviewTile>
      <OverviewTile title={translate(`${K}.balance`, { _: 'Balance' })} testId="overview-balance">
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h6" component="p" data-testid="overview-balance-amount" color={state === 'owes' ? 'error' : 'text.primary'}>
            {state === 'none' ? '—' : amounts}
          </Typography>
          <Typography color="text.secondary">{translate(`${K}.owed.${state}`, { _: OWED_DEFAULTS[state] })}</Typography>
          {balance.overdue && (
            <Chip size="small" color="error" label={translate(`${K}.overdue`, { _: 'Overdue' })} data-testid="overview-overdue" />
          )}
        </Stack>
        {balance.accounts.length > 1 && (
          <Typography variant="body2" color="text.secondary">
            {translate(`${K}.accounts`, {
              _: '%{smart_count} billing account |||| %{smart_count} billing accounts',
              smart_count: balance.accounts.length,
            })}
          </Typography>
        )}
      </OverviewTile>
      <OverviewTile title={translate(`${K}.default_payment_method`, { _: 'Default payment method' })} testId="overview-payment-method">
        {card ? (
          <>
            <Typography sx={{ fontVariantNumeric: 'tabular-nums' }}>{card.name}</Typography>
            <Typography variant="body2" color="text.secondary">
              {translate(`${K}.expires`, {
                _: 'Expires %{date}',
                date: new Intl.DateTimeFormat(locale, { month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
                  new Date(card.expirationDate),
                ),
              })}
            </Typography>
          </>
        ) : (
          <MuiLink component={Link} to={customerPath(overview.customerId, 'payment-methods')}>
            {translate(`${K}.no_card`, { _: 'No default card — add one' })}
          </MuiLink>
        )}
      </OverviewTile>
      {cases && (
        <OverviewTile title={translate(`${K}.open_cases`, { _: 'Open support cases' })} testId="overview-cases">
          <MuiLink
            component={Link}
            to={customerPath(overview.customerId, 'cases')}
            variant="h6"
            underline="hover"
            data-testid="overview-cases-open"
          >
            {translate(`${K}.cases_count`, { _: '%{open} open of %{total}', open: cases.open, total: cases.total })}
          </MuiLink>
          {cases.latestOpen && (
            <Typography variant="body2" color="text.secondary">
              {translate(`${K}.latest_case`, { _: 'Latest: %{title}', title: cases.latestOpen.title })}
            </Typography>
          )}
        </OverviewTile>
      )}
      {communications && (
        <OverviewTile title={translate(`${K}.last_contact`, { _: 'Last contact' })} testId="overview-last-contact">
          {communications.lastContact ? (
            <>
              <Typography>{communications.lastContact.name}</Typography>
              <Typography variant="body2" color="text.secondary">
                {[
                  dateTime(communications.lastContact.at),
                  communications.lastContact.channelName,
                  communications.lastContact.typeName,
                  communications.lastContact.purpose &&
                    translate(`${K}.reach.${communications.lastContact.purpose}`, { _: communications.lastContact.purpose }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
            </>
          ) : (
            <Typography color="text.secondary">{translate(`${K}.never_contacted`, { _: 'Nothing sent yet' })}</Typography>
          )}
        </OverviewTile>
      )}
      {communications && (
        <OverviewTile title={translate(`${K}.reachability`, { _: 'Reachable now, by channel' })} testId="overview-reach" wide>
          <ReachList channels={communications.channels} />
        </OverviewTile>
      )}
    </Box>
  );
}

const OWED_DEFAULTS = { owes: 'owed', credit: 'in credit', settled: 'nothing owed', none: 'no billing account' } as const;
