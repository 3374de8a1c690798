import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { shortDate } from './hub-dates';
import { formatCount, type Translate, useHubText } from './hub-i18n';
import { durationText, sourceRunStatusText } from './refresh-run-text';
import { SCROLLS_SIDEWAYS } from './scrolls-sideways';
import { sourceLabel } from './support-hub-paths';
import type { SourceStatus } from './support-hub-types';

function health(source: SourceStatus, t: Translate): { label: string; color: 'success' | 'error' | 'default' } {
  if (!source.configured) return { label: t('contactly.supportHub.sources.notConfigured', { _: 'Not configured' }), color: 'default' };
  return source.healthy
    ? { label: t('contactly.supportHub.sources.healthy', { _: 'Healthy' }), color: 'success' }
    : { label: t('contactly.supportHub.sources.unhealthy', { _: 'Unhealthy' }), color: 'error' };
}

/** Each CRM: healthy or not, what its last pull brought, what went wrong, how long it took. */
export function SourceHealth({ sources }: { sources: readonly SourceStatus[] }) {
  const text = useHubText();
  const { t, locale } = text;
  const n = (value: number) => formatCount(value, locale);
  const when = (iso: string | null) => (iso ? shortDate(iso, locale) : '—');
  return (
    <section aria-labelledby="source-health-title">
      <Typography id="source-health-title" variant="subtitle1" component="h2" sx={{ px: 2, pt: 1.5 }}>
        {t('contactly.supportHub.sources.title', { _: 'Source health' })}
      </Typography>
      <Box sx={SCROLLS_SIDEWAYS}>
        <Table size="small" aria-labelledby="source-health-title">
          <TableHead>
            <TableRow>
              <TableCell>{t('contactly.supportHub.sources.source', { _: 'Source' })}</TableCell>
              <TableCell>{t('contactly.supportHub.sources.health', { _: 'Health' })}</TableCell>
              <TableCell align="right">{t('contactly.supportHub.sources.casesHeld', { _: 'Cases held' })}</TableCell>
              <TableCell>{t('contactly.supportHub.sources.lastPull', { _: 'Last pull' })}</TableCell>
              <TableCell>{t('contactly.supportHub.sources.fetchedColumns', { _: 'Fetched · new · changed · deleted' })}</TableCell>
              <TableCell>{t('contactly.supportHub.sources.skippedColumns', { _: 'Skipped · duplicates · unclassified' })}</TableCell>
              <TableCell>{t('contactly.supportHub.sources.retryColumns', { _: 'Retries · timeouts · 429 · 5xx' })}</TableCell>
              <TableCell align="right">{t('contactly.supportHub.sources.duration', { _: 'Duration' })}</TableCell>
              <TableCell>{t('contactly.supportHub.sources.error', { _: 'Error' })}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sources.map((source) => {
              const { label, color } = health(source, t);
              const run = source.lastRun;
              const error = run?.error ?? (source.healthy ? null : source.lastError);
              return (
                <TableRow key={source.source} data-testid={`source-health-${source.source}`}>
                  <TableCell sx={{ fontWeight: 500 }}>{sourceLabel(source.source)}</TableCell>
                  <TableCell>
                    <Tooltip
                      title={
                        source.configured
                          ? t('contactly.supportHub.sources.lastSuccess', { _: 'Last success %{when}', when: when(source.lastSuccessAt) }) +
                            (source.consecutiveFailures
                              ? t('contactly.supportHub.sources.failuresInRow', {
                                  _: '; %{smart_count} failed pull in a row |||| ; %{smart_count} failed pulls in a row',
                                  smart_count: source.consecutiveFailures,
                                })
                              : '')
                          : t('contactly.supportHub.sources.noUrl', { _: 'No URL is configured for this CRM' })
                      }
                      describeChild
                    >
                      <Chip size="small" label={label} color={color} />
                    </Tooltip>
                  </TableCell>
                  <TableCell align="right">{n(source.caseCount)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {run ? (
                      <>
                        {when(run.finishedAt)}
                        <Typography variant="caption" color="text.secondary" component="div">
                          {run.mode === 'full'
                            ? t('contactly.supportHub.sources.fullSync', { _: 'full sync' })
                            : t('contactly.supportHub.sources.changesOnly', { _: 'changes only' })}{' '}
                          · {sourceRunStatusText(run.status, t)}
                        </Typography>
                      </>
                    ) : (
                      t('contactly.supportHub.sources.never', { _: 'never' })
                    )}
                  </TableCell>
                  <TableCell>{run ? `${n(run.fetched)} · ${n(run.new)} · ${n(run.changed)} · ${n(run.deleted)}` : '—'}</TableCell>
                  <TableCell>{run ? `${n(run.skippedMalformed)} · ${n(run.duplicates)} · ${n(run.unclassified)}` : '—'}</TableCell>
                  <TableCell>
                    {run ? `${n(run.retries)} · ${n(run.timeouts)} · ${n(run.rateLimited)} · ${n(run.serverErrors)}` : '—'}
                  </TableCell>
                  <TableCell align="right">{run ? durationText(run.durationMs, text) : '—'}</TableCell>
                  <TableCell sx={{ color: error ? 'error.main' : undefined, maxWidth: 320, wordBreak: 'break-word' }}>
                    {error ?? '—'}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
    </section>
  );
}
