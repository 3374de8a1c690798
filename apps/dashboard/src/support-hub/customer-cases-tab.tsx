import { Alert, Box, Button, Chip, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { CustomerTabProps } from '../customers/tabs/customer-tab';
import { combinedCases, customerEmails } from './customer-cases';
import { shortDate } from './hub-dates';
import { hubErrorText } from './hub-error-text';
import { useHubText } from './hub-i18n';
import { SCROLLS_SIDEWAYS } from './scrolls-sideways';
import { listCustomerCases } from './support-hub-api';
import { aggregatedCasePath, sourceLabel } from './support-hub-paths';
import { customerCasesKey } from './support-hub-queries';
import { keyText } from './why-text';

/** The newest cases of each address; more than this is a job for the board. */
const CASES_LIMIT = 100;

/** The customer 360 page's Cases tab: the CRM cases that name the customer's email, each leading to its aggregated case. */
export function CustomerCasesTab({ customer }: CustomerTabProps) {
  const { t, locale } = useHubText();
  const emails = customerEmails(customer.data.contactMedium);
  const cases = useQuery({
    queryKey: customerCasesKey(emails),
    queryFn: async ({ signal }) => combinedCases(await Promise.all(emails.map((email) => listCustomerCases(email, CASES_LIMIT, signal)))),
    enabled: emails.length > 0,
  });

  return (
    <section aria-labelledby="customer-cases-title">
      <Typography id="customer-cases-title" variant="h6" component="h2" gutterBottom>
        {t('contactly.supportHub.customer.title', { _: 'Support cases' })}
      </Typography>
      {emails.length === 0 && (
        <Typography color="text.secondary">
          {t('contactly.supportHub.customer.noEmail', { _: 'This customer has no email address, so no CRM case can name them.' })}
        </Typography>
      )}
      {emails.length > 0 && cases.isPending && (
        <LinearProgress aria-label={t('contactly.supportHub.customer.loading', { _: 'Loading the support cases' })} />
      )}
      {cases.error && (
        <Alert
          severity="error"
          role="alert"
          action={<Button onClick={() => cases.refetch()}>{t('contactly.supportHub.common.retry', { _: 'Retry' })}</Button>}
        >
          {t('contactly.supportHub.customer.loadFailed', { _: 'The support cases could not be loaded.' })}{' '}
          {hubErrorText(cases.error, 'load', t)}
        </Alert>
      )}
      {cases.data?.items.length === 0 && (
        <Typography color="text.secondary" data-testid="customer-cases-empty">
          {t('contactly.supportHub.customer.none', { _: 'No CRM case names %{emails}.', emails: emails.join(', ') })}
        </Typography>
      )}
      {!!cases.data?.items.length && (
        <Box sx={SCROLLS_SIDEWAYS}>
          <Table size="small" aria-labelledby="customer-cases-title">
            <TableHead>
              <TableRow>
                <TableCell>{t('contactly.supportHub.members.sourceId', { _: 'Source · id' })}</TableCell>
                <TableCell>{t('contactly.supportHub.members.title', { _: 'Title' })}</TableCell>
                <TableCell>{t('contactly.supportHub.board.status', { _: 'Status' })}</TableCell>
                <TableCell>{t('contactly.supportHub.customer.providerCode', { _: 'Provider · error code' })}</TableCell>
                <TableCell>{t('contactly.supportHub.customer.updated', { _: 'Updated' })}</TableCell>
                <TableCell>{t('contactly.supportHub.customer.aggregatedCase', { _: 'Aggregated case' })}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {cases.data.items.map((item) => (
                <TableRow key={item.id} data-testid="customer-case">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {sourceLabel(item.source)} <span style={{ fontFamily: 'monospace' }}>{item.externalId}</span>
                  </TableCell>
                  <TableCell>{item.title}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      label={
                        item.status === 'open'
                          ? t('contactly.supportHub.status.open', { _: 'Open' })
                          : t('contactly.supportHub.status.closed', { _: 'Closed' })
                      }
                      color={item.status === 'open' ? 'warning' : 'default'}
                    />
                  </TableCell>
                  <TableCell>
                    {item.provider} · {item.errorCode}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{shortDate(item.updatedAt, locale)}</TableCell>
                  <TableCell>
                    {item.aggregatedCaseId === null ? (
                      '—'
                    ) : (
                      <Link
                        to={aggregatedCasePath(item.aggregatedCaseId)}
                        title={t('contactly.supportHub.why.groupedBy', { _: 'Grouped by %{key}', key: keyText(item.why.groupKey, t) })}
                        data-testid="customer-case-link"
                      >
                        #{item.aggregatedCaseId}
                      </Link>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {cases.data && cases.data.total > cases.data.items.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('contactly.supportHub.customer.newest', {
            _: 'Showing the newest %{shown} of %{total} cases.',
            shown: cases.data.items.length,
            total: cases.data.total,
          })}
        </Typography>
      )}
    </section>
  );
}
