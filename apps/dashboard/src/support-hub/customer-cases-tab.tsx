import { Alert, Box, Button, Chip, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { CustomerTabProps } from '../customers/tabs/customer-tab';
import { combinedCases, customerEmails } from './customer-cases';
import { shortDate } from './hub-dates';
import { hubErrorText } from './hub-error-text';
import { SCROLLS_SIDEWAYS } from './scrolls-sideways';
import { listCustomerCases } from './support-hub-api';
import { aggregatedCasePath, sourceLabel } from './support-hub-paths';
import { customerCasesKey } from './support-hub-queries';
import { keyText } from './why-text';

/** The newest cases of each address; more than this is a job for the board. */
const CASES_LIMIT = 100;

/** The customer 360 page's Cases tab: the CRM cases that name the customer's email, each leading to its aggregated case. */
export function CustomerCasesTab({ customer }: CustomerTabProps) {
  const emails = customerEmails(customer.data.contactMedium);
  const cases = useQuery({
    queryKey: customerCasesKey(emails),
    queryFn: async ({ signal }) => combinedCases(await Promise.all(emails.map((email) => listCustomerCases(email, CASES_LIMIT, signal)))),
    enabled: emails.length > 0,
  });

  return (
    <section aria-labelledby="customer-cases-title">
      <Typography id="customer-cases-title" variant="h6" component="h2" gutterBottom>
        Support cases
      </Typography>
      {emails.length === 0 && (
        <Typography color="text.secondary">This customer has no email address, so no CRM case can name them.</Typography>
      )}
      {emails.length > 0 && cases.isPending && <LinearProgress aria-label="Loading the support cases" />}
      {cases.error && (
        <Alert severity="error" role="alert" action={<Button onClick={() => cases.refetch()}>Retry</Button>}>
          The support cases could not be loaded. {hubErrorText(cases.error, 'load')}
        </Alert>
      )}
      {cases.data?.items.length === 0 && (
        <Typography color="text.secondary" data-testid="customer-cases-empty">
          No CRM case names {emails.join(' or ')}.
        </Typography>
      )}
      {!!cases.data?.items.length && (
        <Box sx={SCROLLS_SIDEWAYS}>
          <Table size="small" aria-labelledby="customer-cases-title">
            <TableHead>
              <TableRow>
                <TableCell>Source · id</TableCell>
                <TableCell>Title</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Provider · error code</TableCell>
                <TableCell>Updated</TableCell>
                <TableCell>Aggregated case</TableCell>
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
                      label={item.status === 'open' ? 'Open' : 'Closed'}
                      color={item.status === 'open' ? 'warning' : 'default'}
                    />
                  </TableCell>
                  <TableCell>
                    {item.provider} · {item.errorCode}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{shortDate(item.updatedAt)}</TableCell>
                  <TableCell>
                    {item.aggregatedCaseId === null ? (
                      '—'
                    ) : (
                      <Link
                        to={aggregatedCasePath(item.aggregatedCaseId)}
                        title={`Grouped by ${keyText(item.why.groupKey)}`}
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
          Showing the newest {cases.data.items.length} of {cases.data.total} cases.
        </Typography>
      )}
    </section>
  );
}
