import {
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  List,
  ListItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { readAudit } from '../customer-api';
import { changeRows, mergeHistory, resourceLabel } from '../history/audit-history';
import { fieldLabel } from '../history/field-labels';
import type { CustomerTabProps } from './customer-tab';

const HISTORY_LIMIT = 100;
const K = 'contactly.customer360.history';
const ACTION_DEFAULTS: Record<string, string> = { create: 'created', update: 'changed', delete: 'deleted' };

/** Who changed what and when, on the customer and on its party, newest first. */
export function HistoryTab({ customer, party }: CustomerTabProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dateTime = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  // Attributes by name, never by key: "Middle name" / "Отчество", not middleName.
  const label = (field: string) => translate(`${K}.fields.${field}`, { _: fieldLabel(field) });
  const customerId = customer.data.id;
  const partyType = party.data.type;
  const partyId = party.data.record.id;
  const history = useQuery({
    queryKey: ['customers', customerId, 'history', customer.etag],
    queryFn: async ({ signal }) => {
      const [ofCustomer, ofParty] = await Promise.all([
        readAudit('customer', customerId, HISTORY_LIMIT, signal),
        readAudit(partyType, partyId, HISTORY_LIMIT, signal),
      ]);
      return { entries: mergeHistory(ofCustomer.items, ofParty.items), total: ofCustomer.total + ofParty.total };
    },
  });

  return (
    <section aria-labelledby="history-title">
      <Typography id="history-title" variant="h6" component="h2" gutterBottom>
        {translate(`${K}.title`, { _: 'History' })}
      </Typography>
      {history.isPending && <LinearProgress aria-label={translate(`${K}.loading`, { _: 'Loading the history' })} />}
      {history.error && (
        <Alert
          severity="error"
          role="alert"
          action={<Button onClick={() => history.refetch()}>{translate('contactly.customer360.retry', { _: 'Retry' })}</Button>}
        >
          {translate(`${K}.load_failed`, { _: 'The history could not be loaded: %{error}', error: history.error.message })}
        </Alert>
      )}
      {history.data?.entries.length === 0 && (
        <Typography color="text.secondary">{translate(`${K}.none`, { _: 'No recorded changes yet.' })}</Typography>
      )}
      {!!history.data?.entries.length && (
        <List disablePadding>
          {history.data.entries.map((entry) => {
            const rows = changeRows(entry);
            return (
              <ListItem key={entry.id} divider disableGutters sx={{ display: 'block' }} data-testid="history-entry">
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography variant="body2" color="text.secondary">
                    {dateTime(entry.at)}
                  </Typography>
                  <Chip
                    size="small"
                    variant="outlined"
                    label={translate(`${K}.resources.${entry.resourceType}`, { _: resourceLabel(entry.resourceType) })}
                  />
                  <Typography variant="body2">
                    <strong>{entry.actor.username}</strong>{' '}
                    {translate(`${K}.actions.${entry.action}`, { _: ACTION_DEFAULTS[entry.action] ?? entry.action })}
                  </Typography>
                  {entry.reason && (
                    <Typography variant="body2" color="text.secondary">
                      — {entry.reason}
                    </Typography>
                  )}
                </Stack>
                {rows.length > 0 && (
                  <Box sx={{ overflowX: 'auto' }}>
                    <Table size="small" sx={{ mt: 0.5, tableLayout: 'fixed' }}>
                      <TableHead>
                        <TableRow>
                          <TableCell sx={{ width: '22%' }}>{translate(`${K}.field`, { _: 'Field' })}</TableCell>
                          <TableCell sx={{ width: '39%' }}>{translate(`${K}.before`, { _: 'Before' })}</TableCell>
                          <TableCell sx={{ width: '39%' }}>{translate(`${K}.after`, { _: 'After' })}</TableCell>
                        </TableRow>
                      </TableHead>
                      <TableBody>
                        {rows.map((row) => (
                          <TableRow key={row.field}>
                            <TableCell sx={{ wordBreak: 'break-word' }} data-testid="history-field">
                              {label(row.field)}
                            </TableCell>
                            <TableCell sx={{ wordBreak: 'break-word', color: 'text.secondary' }}>{row.before}</TableCell>
                            <TableCell sx={{ wordBreak: 'break-word' }}>{row.after}</TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  </Box>
                )}
              </ListItem>
            );
          })}
        </List>
      )}
      {history.data && history.data.total > history.data.entries.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate(`${K}.showing`, {
            _: 'Showing the latest %{shown} of %{total} changes.',
            shown: history.data.entries.length,
            total: history.data.total,
          })}
        </Typography>
      )}
    </section>
  );
}
