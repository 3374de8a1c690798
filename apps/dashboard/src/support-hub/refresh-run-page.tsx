import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
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
import type { ReactNode } from 'react';
import { Title } from 'react-admin';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { shortDate } from './hub-dates';
import { hubErrorText } from './hub-error-text';
import { formatCount, useHubText } from './hub-i18n';
import { aggregatedChangesText, durationText, runOutcome, runProgressText, sourceRunStatusText, triggerText } from './refresh-run-text';
import { RunStatusChip } from './run-status-chip';
import { SCROLLS_SIDEWAYS } from './scrolls-sideways';
import { getRefreshRun } from './support-hub-api';
import { REFRESH_RUNS_PATH, sourceLabel } from './support-hub-paths';
import { refreshRunKey } from './support-hub-queries';

/** A running run is read again this often (its progress). */
const RUN_POLL_MS = 1_000;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body1" component="div">
        {children}
      </Typography>
    </Box>
  );
}

/** One refresh run: when, who, how long, what changed, and each source's report with its errors. */
export function RefreshRunPage() {
  const { id: param = '' } = useParams();
  const id = /^\d{1,9}$/.test(param) ? Number(param) : NaN;
  const text = useHubText();
  const { t, locale } = text;
  const run = useQuery({
    queryKey: refreshRunKey(id),
    queryFn: ({ signal }) => getRefreshRun(id, signal),
    enabled: Number.isInteger(id),
    retry: false,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? RUN_POLL_MS : false),
  });
  const data = run.data;
  const notFound = !Number.isInteger(id) || (run.error instanceof ApiError && run.error.status === 404);
  const n = (value: number) => formatCount(value, locale);

  return (
    <Box sx={{ mt: 2, minWidth: 0 }}>
      <Title title={t('contactly.supportHub.runs.runTitle', { _: 'Refresh run #%{id}', id: param })} />
      <Button component={Link} to={REFRESH_RUNS_PATH} startIcon={<ArrowBackIcon />} size="small" sx={{ mb: 1 }}>
        {t('contactly.supportHub.runs.title', { _: 'Refresh runs' })}
      </Button>
      {run.isPending && Number.isInteger(id) && (
        <LinearProgress aria-label={t('contactly.supportHub.runs.loadingRun', { _: 'Loading the run' })} />
      )}
      {notFound && (
        <Alert severity="warning" role="alert">
          {t('contactly.supportHub.runs.notFound', { _: 'There is no refresh run #%{id}.', id: param })}
        </Alert>
      )}
      {run.error && !notFound && (
        <Alert severity="error" role="alert">
          {hubErrorText(run.error, 'load', t)}
        </Alert>
      )}
      {data && (
        <>
          <Card sx={{ mb: 2 }}>
            <CardContent>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
                <Typography variant="h5" component="h1">
                  {t('contactly.supportHub.runs.runTitle', { _: 'Refresh run #%{id}', id: data.id })}
                </Typography>
                <RunStatusChip status={data.status} />
              </Stack>
              <Stack direction="row" spacing={4} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 2 }}>
                <Fact label={t('contactly.supportHub.runs.triggerLabel', { _: 'Started by' })}>
                  {triggerText(data.trigger, t)}
                  {data.requestedBy ? ` · ${data.requestedBy}` : ''}
                </Fact>
                <Fact label={t('contactly.supportHub.runs.started', { _: 'Started' })}>{shortDate(data.startedAt, locale)}</Fact>
                <Fact label={t('contactly.supportHub.runs.finished', { _: 'Finished' })}>
                  {data.finishedAt ? shortDate(data.finishedAt, locale) : '—'}
                </Fact>
                <Fact label={t('contactly.supportHub.sources.duration', { _: 'Duration' })}>
                  {data.durationMs === null ? '—' : durationText(data.durationMs, text)}
                </Fact>
                <Fact label={t('contactly.supportHub.runs.aggregatedChanges', { _: 'Aggregated cases' })}>
                  {aggregatedChangesText(data, text)}
                </Fact>
                <Fact label={t('contactly.supportHub.board.cases', { _: 'Cases' })}>
                  {data.caseCount === null ? '—' : n(data.caseCount)}
                </Fact>
              </Stack>
              <Box role="status" aria-live="polite" sx={{ mt: 2 }}>
                {data.status === 'running' ? (
                  <>
                    <LinearProgress aria-label={t('contactly.supportHub.refresh.inProgress', { _: 'Refresh in progress' })} />
                    <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} data-testid="run-progress">
                      {runProgressText(data, text)}
                    </Typography>
                  </>
                ) : (
                  <Alert severity={runOutcome(data, text).severity} data-testid="run-outcome">
                    {runOutcome(data, text).text}
                  </Alert>
                )}
              </Box>
            </CardContent>
          </Card>
          {data.sources.length > 0 && (
            <Card component="section" aria-labelledby="run-sources-title">
              <Typography id="run-sources-title" variant="subtitle1" component="h2" sx={{ px: 2, pt: 1.5 }}>
                {t('contactly.supportHub.runs.bySource', { _: 'Each source' })}
              </Typography>
              <Box sx={SCROLLS_SIDEWAYS} data-testid="run-sources-scroller">
                <Table size="small" aria-labelledby="run-sources-title">
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('contactly.supportHub.sources.source', { _: 'Source' })}</TableCell>
                      <TableCell>{t('contactly.supportHub.board.status', { _: 'Status' })}</TableCell>
                      <TableCell>{t('contactly.supportHub.sources.fetchedColumns', { _: 'Fetched · new · changed · deleted' })}</TableCell>
                      <TableCell>
                        {t('contactly.supportHub.sources.skippedColumns', { _: 'Skipped · duplicates · unclassified' })}
                      </TableCell>
                      <TableCell>{t('contactly.supportHub.sources.retryColumns', { _: 'Retries · timeouts · 429 · 5xx' })}</TableCell>
                      <TableCell align="right">{t('contactly.supportHub.sources.duration', { _: 'Duration' })}</TableCell>
                      <TableCell>{t('contactly.supportHub.sources.error', { _: 'Error' })}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.sources.map((source) => (
                      <TableRow key={source.source} data-testid={`run-source-${source.source}`}>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          {sourceLabel(source.source)}
                          <Typography variant="caption" color="text.secondary" component="div">
                            {source.mode === 'full'
                              ? t('contactly.supportHub.sources.fullSync', { _: 'full sync' })
                              : t('contactly.supportHub.sources.changesOnly', { _: 'changes only' })}
                          </Typography>
                        </TableCell>
                        <TableCell>{sourceRunStatusText(source.status, t)}</TableCell>
                        <TableCell>{`${n(source.fetched)} · ${n(source.new)} · ${n(source.changed)} · ${n(source.deleted)}`}</TableCell>
                        <TableCell>{`${n(source.skippedMalformed)} · ${n(source.duplicates)} · ${n(source.unclassified)}`}</TableCell>
                        <TableCell>{`${n(source.retries)} · ${n(source.timeouts)} · ${n(source.rateLimited)} · ${n(source.serverErrors)}`}</TableCell>
                        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                          {durationText(source.durationMs, text)}
                        </TableCell>
                        <TableCell
                          sx={{ color: source.error ? 'error.main' : undefined, minWidth: 160, maxWidth: 360, overflowWrap: 'anywhere' }}
                        >
                          {source.error ?? source.note ?? '—'}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            </Card>
          )}
        </>
      )}
    </Box>
  );
}
