import { sourceLabel } from './support-hub-paths';
import type { RefreshRun, SourceProgress } from './support-hub-types';

const count = (n: number) => n.toLocaleString('en');

/** "2.4 s", "850 ms", "1 min 12 s" */
export function durationText(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

function sourceProgressText(source: string, progress: SourceProgress | undefined): string | null {
  if (!progress || progress.state === 'not-configured') return null;
  const name = sourceLabel(source);
  switch (progress.state) {
    case 'waiting':
      return `${name}: waiting`;
    case 'pulling':
      return `${name}: ${count(progress.counters.cases)} cases so far (${progress.mode === 'full' ? 'full sync' : 'changes only'})`;
    case 'done':
      return `${name}: ${count(progress.counters.cases)} cases pulled`;
    case 'failed':
      return `${name}: failed`;
  }
}

/** What a running refresh is doing: "Pulling — Banana: 1,200 cases so far (changes only); Strawberry: waiting". */
export function runProgressText(run: RefreshRun): string {
  const progress = run.progress;
  if (!progress) return 'Refresh running…';
  if (progress.phase === 'consolidating') return 'Consolidating the cases into aggregated cases…';
  if (progress.phase === 'done') return 'Finishing…';
  const sources = Object.entries(progress.sources)
    .map(([source, state]) => sourceProgressText(source, state))
    .filter((text): text is string => text !== null);
  return sources.length ? `Pulling from the CRMs — ${sources.join('; ')}` : 'Pulling from the CRMs…';
}

export interface RunOutcome {
  severity: 'success' | 'warning' | 'error';
  text: string;
}

/** How a finished refresh went, in a sentence or two. */
export function runOutcome(run: RefreshRun): RunOutcome {
  const took = run.durationMs === null ? '' : ` in ${durationText(run.durationMs)}`;
  const { created, changed, closed, removed } = run.aggregated;
  const changes = [`${count(created)} new`, `${count(changed)} changed`, `${count(closed)} closed`, `${count(removed)} removed`].join(', ');
  const totals =
    run.caseCount !== null && run.aggregatedCount !== null
      ? ` The hub now holds ${count(run.caseCount)} cases in ${count(run.aggregatedCount)} aggregated cases.`
      : '';
  const failed = run.sources.filter((source) => source.status === 'failed');
  const failures = failed.map((source) => `${sourceLabel(source.source)} failed${source.error ? ` (${source.error})` : ''}`).join('; ');
  switch (run.status) {
    case 'running':
      return { severity: 'success', text: runProgressText(run) };
    case 'succeeded':
      return { severity: 'success', text: `Refresh finished${took}: ${changes} aggregated cases.${totals}` };
    case 'partial':
      return {
        severity: 'warning',
        text: `Refresh finished${took}, but ${failures || 'a source failed'}; its previous cases are kept. ${changes} aggregated cases.${totals}`,
      };
    default:
      return {
        severity: 'error',
        text: `Refresh failed${took}: ${run.error ?? (failures || 'no source could be read')}. The previous data is kept.`,
      };
  }
}
