import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Grid,
  LinearProgress,
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
import { countMatrix, countsCsv, NUMBER_STATE_LABELS, NUMBER_TYPE_LABELS, type NumberState, type NumberType } from './counts';
import { downloadText } from './csv';
import { countsKey, readCounts } from './numbers-api';
import { StackedBars } from './stacked-bars';

const K = 'contactly.numbers';
const COLORS: Record<string, string> = {
  available: '#2e7d32',
  reserved: '#ed6c02',
  assigned: '#1976d2',
  aging: '#9c27b0',
  portedOut: '#757575',
};

/** How many numbers of each type are in each state: a chart to compare, the table with the figures, and the same as CSV. */
export function NumberCounts() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const counts = useQuery({ queryKey: countsKey, queryFn: ({ signal }) => readCounts(signal) });
  const matrix = countMatrix(counts.data ?? []);
  const states = [...new Set(Object.values(matrix).flatMap((row) => Object.keys(row)))];
  const format = (value: number) => new Intl.NumberFormat(locale).format(value);
  const stateLabel = (state: string) => translate(`${K}.states.${state}`, { _: NUMBER_STATE_LABELS[state as NumberState] ?? state });
  const typeLabel = (type: string) => translate(`${K}.types.${type}`, { _: NUMBER_TYPE_LABELS[type as NumberType] ?? type });
  const bars = Object.entries(matrix).map(([type, row]) => ({
    key: type,
    label: typeLabel(type),
    segments: states.map((state) => ({ key: state, label: stateLabel(state), value: row[state] ?? 0, color: COLORS[state] ?? '#bdbdbd' })),
  }));

  return (
    <Card component="section" aria-labelledby="number-counts-title">
      <CardContent>
        <Stack
          direction="row"
          useFlexGap
          spacing={1}
          sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', mb: 2 }}
        >
          <Typography id="number-counts-title" variant="h6" component="h2">
            {translate(`${K}.counts_title`, { _: 'Numbers by state' })}
          </Typography>
          <Button
            startIcon={<DownloadIcon />}
            disabled={!counts.data}
            onClick={() => downloadText('number-counts.csv', countsCsv(matrix))}
            data-testid="counts-csv"
          >
            {translate(`${K}.csv`, { _: 'CSV' })}
          </Button>
        </Stack>
        {counts.isPending && <LinearProgress aria-label={translate(`${K}.loading_counts`, { _: 'Counting the numbers' })} />}
        {counts.error && (
          <Alert
            severity="error"
            role="alert"
            action={<Button onClick={() => counts.refetch()}>{translate(`${K}.retry`, { _: 'Retry' })}</Button>}
          >
            {translate(`${K}.counts_failed`, { _: 'The counts could not be read: %{error}', error: counts.error.message })}
          </Alert>
        )}
        {counts.data && (
          <Grid container spacing={3}>
            <Grid size={{ xs: 12, md: 6 }}>
              <StackedBars bars={bars} format={format} label={translate(`${K}.chart_label`, { _: 'Numbers of each type by state' })} />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <Box sx={{ overflowX: 'auto' }}>
                <Table size="small" data-testid="counts-table">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate(`${K}.state`, { _: 'State' })}</TableCell>
                      {Object.keys(matrix).map((type) => (
                        <TableCell key={type} align="right">
                          {type.toUpperCase()}
                        </TableCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {states.map((state) => (
                      <TableRow key={state}>
                        <TableCell>{stateLabel(state)}</TableCell>
                        {Object.entries(matrix).map(([type, row]) => (
                          <TableCell
                            key={type}
                            align="right"
                            sx={{ fontVariantNumeric: 'tabular-nums' }}
                            data-testid={`count-${type}-${state}`}
                          >
                            {format(row[state] ?? 0)}
                          </TableCell>
                        ))}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            </Grid>
          </Grid>
        )}
      </CardContent>
    </Card>
  );
}
