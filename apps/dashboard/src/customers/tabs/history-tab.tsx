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
import { readAudit } from '../customer-api';
import { changeRows, mergeHistory, resourceLabel } from '../history/audit-history';
import type { CustomerTabProps } from './customer-tab';

const HISTORY_LIMIT = 100;

/** Who changed what and when, on the customer and on its party, newest first. */
export function HistoryTab({ customer, party }: CustomerTabProps) {
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
        History
      </Typography>
      {history.isPending && <LinearProgress aria-label="Loading the history" />}
      {history.error && (
        <Alert severity="error" role="alert" action={<Button onClick={() => history.refetch()}>Retry</Button>}>
          The history could not be loaded: {history.error.message}
        </Alert>
      )}
      {history.data?.entries.length === 0 && <Typography color="text.secondary">No recorded changes yet.</Typography>}
      {!!history.data?.entries.length && (
        <List disablePadding>
          {history.data.entries.map((entry) => {
            const rows = changeRows(entry);
            return (
              <ListItem key={entry.id} divider disableGutters sx={{ display: 'block' }} data-testid="history-entry">
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography variant="body2" color="text.secondary">
                    {new Date(entry.at).toLocaleString()}
                  </Typography>
                  <Chip size="small" variant="outlined" label={resourceLabel(entry.resourceType)} />
                  <Typography variant="body2">
                    <strong>{entry.actor.username}</strong>{' '}
                    {entry.action === 'create'
                      ? 'created'
                      : entry.action === 'delete'
                        ? 'deleted'
                        : entry.action === 'update'
                          ? 'changed'
                          : entry.action}
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
                          <TableCell sx={{ width: '22%' }}>Field</TableCell>
                          <TableCell sx={{ width: '39%' }}>Before</TableCell>
                          <TableCell sx={{ width: '39%' }}>After</TableCell>
                        </TableRow>
                      </TableHead>
                      <TableBody>
                        {rows.map((row) => (
                          <TableRow key={row.field}>
                            <TableCell sx={{ wordBreak: 'break-word' }}>{row.field}</TableCell>
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
          Showing the latest {history.data.entries.length} of {history.data.total} changes.
        </Typography>
      )}
    </section>
  );
}
