import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, TableSortLabel, Typography } from '@mui/material';
import { Link, useNavigate } from 'react-router';
import { type BoardSort, nextSort, type SortableColumn, sortOf } from './board-filters';
import { caseName } from './case-name';
import { shortDate } from './hub-dates';
import { formatCount, useHubText } from './hub-i18n';
import { SCROLLS_SIDEWAYS } from './scrolls-sideways';
import { aggregatedCasePath, sourceLabel } from './support-hub-paths';
import type { AggregatedCase } from './support-hub-types';

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
  const { t, locale } = useHubText();
  const sortableHeaders: { column: SortableColumn; label: string; align?: 'right' }[] = [
    { column: 'caseCount', label: t('contactly.supportHub.board.cases', { _: 'Cases' }), align: 'right' },
    { column: 'openCount', label: t('contactly.supportHub.board.open', { _: 'Open' }), align: 'right' },
  ];
  const dateHeaders: { column: SortableColumn; label: string }[] = [
    { column: 'firstSeen', label: t('contactly.supportHub.board.firstSeen', { _: 'First seen' }) },
    { column: 'lastSeen', label: t('contactly.supportHub.board.lastSeen', { _: 'Last seen' }) },
  ];
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
            <TableCell>{t('contactly.supportHub.board.case', { _: 'Case' })}</TableCell>
            <TableCell>{t('contactly.supportHub.board.status', { _: 'Status' })}</TableCell>
            {sortableHeaders.map(header)}
            <TableCell>{t('contactly.supportHub.board.sources', { _: 'Sources' })}</TableCell>
            {dateHeaders.map(header)}
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
                    {caseName(row)}
                  </Link>
                  <Typography variant="caption" color="text.secondary">
                    #{row.id}
                  </Typography>
                </Stack>
                <Typography variant="body2" color="text.secondary" noWrap title={row.title}>
                  {row.name ? `${row.provider} · ${row.errorCode} — ${row.title}` : row.title}
                </Typography>
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  label={
                    row.status === 'open'
                      ? t('contactly.supportHub.status.open', { _: 'Open' })
                      : t('contactly.supportHub.status.closed', { _: 'Closed' })
                  }
                  color={row.status === 'open' ? 'warning' : 'default'}
                  data-testid="hub-case-status"
                />
              </TableCell>
              <TableCell align="right">{formatCount(row.caseCount, locale)}</TableCell>
              <TableCell align="right">{formatCount(row.openCount, locale)}</TableCell>
              <TableCell>
                <Stack direction="row" spacing={0.5}>
                  {row.sources.map((source) => (
                    <Chip key={source} size="small" variant="outlined" label={sourceLabel(source)} />
                  ))}
                </Stack>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{shortDate(row.firstSeen, locale)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{shortDate(row.lastSeen, locale)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
