import {
  Alert,
  Box,
  Button,
  Card,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TablePagination,
  TextField,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Title } from 'react-admin';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { shortDate } from './hub-dates';
import { hubErrorText } from './hub-error-text';
import { formatCount, rangeText, useHubText, pageButtonLabel } from './hub-i18n';
import { FreshnessBadge, RefreshPanel } from './refresh-panel';
import { aggregatedChangesText, durationText, runStatusText, triggerText } from './refresh-run-text';
import { RunStatusChip } from './run-status-chip';
import { SCROLLS_SIDEWAYS } from './scrolls-sideways';
import { listRefreshRuns } from './support-hub-api';
import { refreshRunPath, sourceLabel } from './support-hub-paths';
import { refreshRunsKey, useHubStatus } from './support-hub-queries';
import type { RefreshRun } from './support-hub-types';

const RUNS_PAGE_SIZE = 20;
const RUN_STATUSES = ['running', 'succeeded', 'partial', 'failed'] as const;
/** While a run on the page goes on, the list is read again this often. */
const RUNNING_POLL_MS = 2_000;

/** The history of refresh runs: status, timing, counts and errors, newest first; "Refresh now" with its progress. */
export function RefreshRunsPage() {
  const text = useHubText();
  const { t, locale } = text;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Math.min(99_999, Number(params.get('page')) || 0));
  const statusParam = params.get('status');
  const status = (RUN_STATUSES as readonly string[]).includes(statusParam ?? '') ? (statusParam as RefreshRun['status']) : '';
  const show = (next: { page?: number; status?: string }) => {
    const query = new URLSearchParams();
    const nextStatus = next.status ?? status;
    if (nextStatus) query.set('status', nextStatus);
    if (next.page) query.set('page', String(next.page));
    setParams(query, { replace: true });
  };
  const hub = useHubStatus();
  const runs = useQuery({
    queryKey: refreshRunsKey({ page, status }),
    queryFn: ({ signal }) => listRefreshRuns(page * RUNS_PAGE_SIZE, RUNS_PAGE_SIZE, status, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some((run) => run.status === 'running') ? RUNNING_POLL_MS : false),
  });
  const rows = runs.data?.items ?? [];
  const total = runs.data?.total ?? 0;

  return (
    <Box sx={{ mt: 2, minWidth: 0 }}>
      <Title title={t('contactly.supportHub.runs.title', { _: 'Refresh runs' })} />
      <Card sx={{ mb: 2 }}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ p: 2, alignItems: { md: 'flex-start' } }}>
          <Stack spacing={1} sx={{ flexShrink: 0 }}>
            <Typography variant="h5" component="h1" id="runs-title">
              {t('contactly.supportHub.runs.title', { _: 'Refresh runs' })}
            </Typography>
            {hub.data && <FreshnessBadge reading={hub.data} />}
          </Stack>
          {hub.data && <RefreshPanel reading={hub.data} />}
        </Stack>
      </Card>
      <Card>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ p: 2, justifyContent: 'space-between', alignItems: { sm: 'center' } }}
        >
          <TextField
            select
            size="small"
            label={t('contactly.supportHub.board.status', { _: 'Status' })}
            value={status}
            onChange={(event) => show({ status: event.target.value, page: 0 })}
            sx={{ minWidth: 180 }}
            slotProps={{
              select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'runs-filter-status' } as object },
              inputLabel: { shrink: true },
            }}
          >
            <MenuItem value="">{t('contactly.supportHub.board.anyStatus', { _: 'Any status' })}</MenuItem>
            {RUN_STATUSES.map((value) => (
              <MenuItem key={value} value={value}>
                {runStatusText(value, t)}
              </MenuItem>
            ))}
          </TextField>
          {runs.data && (
            <Typography variant="body2" color="text.secondary" data-testid="runs-range">
              {rangeText(page * RUNS_PAGE_SIZE, rows.length, total, text)}
            </Typography>
          )}
        </Stack>
        <Box sx={{ height: 4 }}>
          {runs.isFetching && <LinearProgress aria-label={t('contactly.supportHub.runs.loading', { _: 'Loading refresh runs' })} />}
        </Box>
        {runs.error && (
          <Alert
            severity="error"
            role="alert"
            sx={{ m: 2 }}
            action={<Button onClick={() => runs.refetch()}>{t('contactly.supportHub.common.retry', { _: 'Retry' })}</Button>}
          >
            {hubErrorText(runs.error, 'load', t)}
          </Alert>
        )}
        {runs.data && rows.length === 0 && (
          <Typography color="text.secondary" sx={{ p: 3, textAlign: 'center' }} data-testid="runs-empty">
            {t('contactly.supportHub.runs.none', { _: 'No refresh run yet.' })}
          </Typography>
        )}
        {rows.length > 0 && (
          <Box sx={SCROLLS_SIDEWAYS} data-testid="runs-table-scroller">
            <Table size="small" aria-labelledby="runs-title">
              <TableHead>
                <TableRow>
                  <TableCell>{t('contactly.supportHub.runs.run', { _: 'Run' })}</TableCell>
                  <TableCell>{t('contactly.supportHub.board.status', { _: 'Status' })}</TableCell>
                  <TableCell>{t('contactly.supportHub.runs.started', { _: 'Started' })}</TableCell>
                  <TableCell align="right">{t('contactly.supportHub.sources.duration', { _: 'Duration' })}</TableCell>
                  <TableCell>{t('contactly.supportHub.runs.aggregatedChanges', { _: 'Aggregated cases' })}</TableCell>
                  <TableCell align="right">{t('contactly.supportHub.board.cases', { _: 'Cases' })}</TableCell>
                  <TableCell>{t('contactly.supportHub.sources.error', { _: 'Error' })}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((run) => {
                  const failed = run.sources.filter((source) => source.status === 'failed');
                  const error =
                    run.error ??
                    (failed.length ? failed.map((source) => `${sourceLabel(source.source)}: ${source.error ?? '—'}`).join('; ') : null);
                  return (
                    <TableRow
                      key={run.id}
                      hover
                      onClick={() => navigate(refreshRunPath(run.id))}
                      sx={{ cursor: 'pointer' }}
                      data-testid="run-row"
                    >
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        <Link
                          to={refreshRunPath(run.id)}
                          onClick={(event) => event.stopPropagation()}
                          style={{ color: 'inherit', fontWeight: 500 }}
                        >
                          #{run.id}
                        </Link>
                        <Typography variant="caption" color="text.secondary" component="div">
                          {triggerText(run.trigger, t)}
                          {run.requestedBy ? ` · ${run.requestedBy}` : ''}
                        </Typography>
                      </TableCell>
                      <TableCell>
                        <RunStatusChip status={run.status} />
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{shortDate(run.startedAt, locale)}</TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        {run.durationMs === null ? '—' : durationText(run.durationMs, text)}
                      </TableCell>
                      <TableCell sx={{ minWidth: 200 }}>{run.status === 'running' ? '—' : aggregatedChangesText(run, text)}</TableCell>
                      <TableCell align="right">{run.caseCount === null ? '—' : formatCount(run.caseCount, locale)}</TableCell>
                      <TableCell sx={{ color: error ? 'error.main' : undefined, minWidth: 160, maxWidth: 320, overflowWrap: 'anywhere' }}>
                        {error ?? '—'}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
        )}
        {total > RUNS_PAGE_SIZE && (
          <TablePagination
            component="div"
            count={total}
            page={page}
            rowsPerPage={RUNS_PAGE_SIZE}
            rowsPerPageOptions={[]}
            getItemAriaLabel={(type) => pageButtonLabel(type, t)}
            labelDisplayedRows={({ from, to, count }) => rangeText(from - 1, to - from + 1, count, text)}
            onPageChange={(_, next) => show({ page: next })}
          />
        )}
      </Card>
    </Box>
  );
}
