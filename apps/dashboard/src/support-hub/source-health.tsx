import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { shortDate } from './hub-dates';
import { durationText } from './refresh-run-text';
import { SCROLLS_SIDEWAYS } from './scrolls-sideways';
import { sourceLabel } from './support-hub-paths';
import type { SourceStatus } from './support-hub-types';

const n = (value: number) => value.toLocaleString('en');
const when = (iso: string | null) => (iso ? shortDate(iso) : '—');

function health(source: SourceStatus): { label: string; color: 'success' | 'error' | 'default' } {
  if (!source.configured) return { label: 'Not configured', color: 'default' };
  return source.healthy ? { label: 'Healthy', color: 'success' } : { label: 'Unhealthy', color: 'error' };
}

/** Each CRM: healthy or not, what its last pull brought, what went wrong, how long it took. */
export function SourceHealth({ sources }: { sources: readonly SourceStatus[] }) {
  return (
    <section aria-labelledby="source-health-title">
      <Typography id="source-health-title" variant="subtitle1" component="h2" sx={{ px: 2, pt: 1.5 }}>
        Source health
      </Typography>
      <Box sx={SCROLLS_SIDEWAYS}>
        <Table size="small" aria-labelledby="source-health-title">
          <TableHead>
            <TableRow>
              <TableCell>Source</TableCell>
              <TableCell>Health</TableCell>
              <TableCell align="right">Cases held</TableCell>
              <TableCell>Last pull</TableCell>
              <TableCell>Fetched · new · changed · deleted</TableCell>
              <TableCell>Skipped · duplicates · unclassified</TableCell>
              <TableCell>Retries · timeouts · 429 · 5xx</TableCell>
              <TableCell align="right">Duration</TableCell>
              <TableCell>Error</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sources.map((source) => {
              const { label, color } = health(source);
              const run = source.lastRun;
              const error = run?.error ?? (source.healthy ? null : source.lastError);
              return (
                <TableRow key={source.source} data-testid={`source-health-${source.source}`}>
                  <TableCell sx={{ fontWeight: 500 }}>{sourceLabel(source.source)}</TableCell>
                  <TableCell>
                    <Tooltip
                      title={
                        source.configured
                          ? `Last success ${when(source.lastSuccessAt)}${source.consecutiveFailures ? `; ${source.consecutiveFailures} failed pulls in a row` : ''}`
                          : 'No URL is configured for this CRM'
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
                          {run.mode === 'full' ? 'full sync' : 'changes only'} · {run.status}
                        </Typography>
                      </>
                    ) : (
                      'never'
                    )}
                  </TableCell>
                  <TableCell>{run ? `${n(run.fetched)} · ${n(run.new)} · ${n(run.changed)} · ${n(run.deleted)}` : '—'}</TableCell>
                  <TableCell>{run ? `${n(run.skippedMalformed)} · ${n(run.duplicates)} · ${n(run.unclassified)}` : '—'}</TableCell>
                  <TableCell>
                    {run ? `${n(run.retries)} · ${n(run.timeouts)} · ${n(run.rateLimited)} · ${n(run.serverErrors)}` : '—'}
                  </TableCell>
                  <TableCell align="right">{run ? durationText(run.durationMs) : '—'}</TableCell>
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
