import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { NUMBER_STATE_LABELS, NUMBER_STATES, NUMBER_TYPES } from './counts';
import { type NumberResource, type NumberSearch as Search, searchNumbers } from './numbers-api';
import { PortOutButton } from './port-dialogs';

const K = 'contactly.numbers';

/** Looks numbers up by value or digit pattern, type, state and whether they were ported in; staff with numbers:write port one out. */
export function NumberSearch({ writable }: { writable: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [draft, setDraft] = useState<Search>({ resourceType: 'msisdn', portedIn: '' });
  const [search, setSearch] = useState<Search>(draft);
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const results = useQuery({
    queryKey: ['numbers', 'search', search, page, perPage],
    queryFn: ({ signal }) => searchNumbers(search, page * perPage, perPage, signal),
    placeholderData: keepPreviousData,
  });
  const date = (iso?: string | null) =>
    iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '—';
  const submit = () => {
    setPage(0);
    // A value with wildcards is a pattern; plain digits look up that number.
    const value = draft.value?.trim() ?? '';
    setSearch({ ...draft, value: /[*?]/.test(value) ? undefined : value || undefined, pattern: /[*?]/.test(value) ? value : undefined });
  };

  return (
    <Card component="section" aria-labelledby="number-search-title">
      <CardContent>
        <Typography id="number-search-title" variant="h6" component="h2" gutterBottom>
          {translate(`${K}.search_title`, { _: 'Find numbers' })}
        </Typography>
        <Box
          component="form"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, mb: 2 }}
        >
          <TextField
            size="small"
            label={translate(`${K}.value`, { _: 'Number or pattern' })}
            helperText={translate(`${K}.value_help`, { _: 'Digits; * for any digits, ? for one' })}
            value={draft.value ?? ''}
            onChange={(event) => setDraft({ ...draft, value: event.target.value })}
            slotProps={{ htmlInput: { 'data-testid': 'number-search-value' } }}
          />
          <TextField
            select
            size="small"
            sx={{ minWidth: 150 }}
            label={translate(`${K}.type`, { _: 'Type' })}
            value={draft.resourceType ?? ''}
            onChange={(event) => setDraft({ ...draft, resourceType: event.target.value as Search['resourceType'] })}
          >
            {NUMBER_TYPES.map((type) => (
              <MenuItem key={type} value={type}>
                {type.toUpperCase()}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            sx={{ minWidth: 150 }}
            label={translate(`${K}.state`, { _: 'State' })}
            value={draft.status ?? ''}
            onChange={(event) => setDraft({ ...draft, status: event.target.value as Search['status'] })}
          >
            <MenuItem value="">{translate(`${K}.any`, { _: 'Any' })}</MenuItem>
            {NUMBER_STATES.map((state) => (
              <MenuItem key={state} value={state}>
                {translate(`${K}.states.${state}`, { _: NUMBER_STATE_LABELS[state] })}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            sx={{ minWidth: 150 }}
            label={translate(`${K}.ported`, { _: 'Ported in' })}
            value={draft.portedIn === '' || draft.portedIn === undefined ? '' : String(draft.portedIn)}
            onChange={(event) => setDraft({ ...draft, portedIn: event.target.value === '' ? '' : event.target.value === 'true' })}
          >
            <MenuItem value="">{translate(`${K}.any`, { _: 'Any' })}</MenuItem>
            <MenuItem value="true">{translate('ra.boolean.true', { _: 'Yes' })}</MenuItem>
            <MenuItem value="false">{translate('ra.boolean.false', { _: 'No' })}</MenuItem>
          </TextField>
          <Button type="submit" variant="contained" data-testid="number-search-submit">
            {translate(`${K}.search`, { _: 'Search' })}
          </Button>
        </Box>
        {results.isFetching && <LinearProgress aria-label={translate(`${K}.searching`, { _: 'Searching' })} />}
        {results.error && (
          <Alert severity="error" role="alert">
            {results.error.message}
          </Alert>
        )}
        {results.data?.items.length === 0 && (
          <Typography color="text.secondary">{translate(`${K}.no_results`, { _: 'No number matches.' })}</Typography>
        )}
        {!!results.data?.items.length && (
          <>
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" sx={{ minWidth: 720 }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate(`${K}.number`, { _: 'Number' })}</TableCell>
                    <TableCell>{translate(`${K}.type`, { _: 'Type' })}</TableCell>
                    <TableCell>{translate(`${K}.state`, { _: 'State' })}</TableCell>
                    <TableCell>{translate(`${K}.pool`, { _: 'Pool' })}</TableCell>
                    <TableCell>{translate(`${K}.ported`, { _: 'Ported in' })}</TableCell>
                    <TableCell>{translate(`${K}.since`, { _: 'Since' })}</TableCell>
                    {writable && <TableCell />}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {results.data.items.map((number: NumberResource) => (
                    <TableRow key={number.id} data-testid="number-row">
                      <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{number.value}</TableCell>
                      <TableCell>{number.resourceType.toUpperCase()}</TableCell>
                      <TableCell>
                        <Chip
                          size="small"
                          label={translate(`${K}.states.${number.status}`, {
                            _: NUMBER_STATE_LABELS[number.status as keyof typeof NUMBER_STATE_LABELS] ?? number.status,
                          })}
                        />
                      </TableCell>
                      <TableCell>{number.category ?? '—'}</TableCell>
                      <TableCell>
                        {number.portedIn
                          ? `${number.donorOperator ?? '?'}${number.portingState ? ` (${translate(`${K}.porting.${number.portingState}`, { _: number.portingState })})` : ''}`
                          : '—'}
                      </TableCell>
                      <TableCell>{date(number.statusDate)}</TableCell>
                      {writable && (
                        <TableCell>
                          {number.status !== 'portedOut' && number.resourceType === 'msisdn' && (
                            <PortOutButton number={number} onDone={() => results.refetch()} />
                          )}
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
            <TablePagination
              component="div"
              count={results.data.total}
              page={page}
              rowsPerPage={perPage}
              rowsPerPageOptions={[25, 50, 100]}
              onPageChange={(_event, next) => setPage(next)}
              onRowsPerPageChange={(event) => {
                setPerPage(Number(event.target.value));
                setPage(0);
              }}
              labelRowsPerPage={translate('ra.navigation.page_rows_per_page', { _: 'Rows per page:' })}
            />
          </>
        )}
        <Stack />
      </CardContent>
    </Card>
  );
}
