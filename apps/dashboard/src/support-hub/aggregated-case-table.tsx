import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, TableSortLabel, Typography } from '@mui/material';
import { Link, useNavigate } from 'react-router';
import { type BoardSort, nextSort, type SortableColumn, sortOf } from './board-filters';
import { shortDate } from './hub-dates';
import { SCROLLS_SIDEWAYS } from './scrolls-sideways';
import { aggregatedCasePath, sourceLabel } from './support-hub-paths';
import type { AggregatedCase } from './support-hub-types';

const SORTABLE_HEADERS: { column: SortableColumn; label: string; align?: 'right' }[] = [
  { column: 'caseCount', label: 'Cases', align: 'right' },
  { column: 'openCount', label: 'Open', align: 'right' },
];
const DATE_HEADERS: { column: SortableColumn; label: string }[] = [
  { column: 'firstSeen', label: 'First seen' },
  { column: 'lastSeen', label: 'Last seen' },
];

interface Props {
  rows: readonly AggregatedCase[];
  sort: BoardSort;
  onSort(sort: BoardSort): void;
  /** The board's URL, so the case page can lead back to the same view. */
  from: string;
  labelledBy: string;
}

/** The aggregated cases of one page of the board; a row opens its case. */
export function AggregatedCaseTable({ rows, sort, onSort, from, labelledBy }: Props) {
  const navigate = useNavigate();
  const current = sortOf(sort);
  const header = ({ column, label, align }: { column: SortableColumn; label: string; align?: 'right' }) => (
    <TableCell key={column} align={align} sortDirection={current.column === column ? current.direction : false}>
      <TableSortLabel
        active={current.column === column}
        direction={current.column === column ? current.direction : 'desc'}
        onClick={() => onSort(nextSort(sort, column))}
      >
        {label}
      </TableSortLabel>
    </TableCell>
  );

  return (
    <Box sx={SCROLLS_SIDEWAYS}>
      <Table size="small" aria-labelledby={labelledBy}>
        <TableHead>
          <TableRow>
            <TableCell>Provider · error code</TableCell>
            <TableCell>Status</TableCell>
            {SORTABLE_HEADERS.map(header)}
            <TableCell>Sources</TableCell>
            {DATE_HEADERS.map(header)}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow
              key={row.id}
              hover
              onClick={() => navigate(aggregatedCasePath(row.id), { state: { from } })}
              sx={{ cursor: 'pointer' }}
              data-testid="hub-case-row"
              data-status={row.status}
            >
              <TableCell sx={{ maxWidth: 420 }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
                  <Link
                    to={aggregatedCasePath(row.id)}
                    state={{ from }}
                    onClick={(event) => event.stopPropagation()}
                    style={{ color: 'inherit', fontWeight: 500 }}
                  >
                    {row.provider} · {row.errorCode}
                  </Link>
                  <Typography variant="caption" color="text.secondary">
                    #{row.id}
                  </Typography>
                </Stack>
                <Typography variant="body2" color="text.secondary" noWrap title={row.title}>
                  {row.title}
                </Typography>
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  label={row.status === 'open' ? 'Open' : 'Closed'}
                  color={row.status === 'open' ? 'warning' : 'default'}
                  data-testid="hub-case-status"
                />
              </TableCell>
              <TableCell align="right">{row.caseCount.toLocaleString('en')}</TableCell>
              <TableCell align="right">{row.openCount.toLocaleString('en')}</TableCell>
              <TableCell>
                <Stack direction="row" spacing={0.5}>
                  {row.sources.map((source) => (
                    <Chip key={source} size="small" variant="outlined" label={sourceLabel(source)} />
                  ))}
                </Stack>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{shortDate(row.firstSeen)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{shortDate(row.lastSeen)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
