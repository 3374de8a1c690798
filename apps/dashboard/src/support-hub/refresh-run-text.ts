import { formatCount, type HubText, type Translate } from './hub-i18n';
import { sourceLabel } from './support-hub-paths';
import type { RefreshRun, SourceProgress } from './support-hub-types';

/** "2.4 s", "850 ms", "1 min 12 s" (decimals in the reader's locale). */
export function durationText(ms: number, { t, locale }: HubText): string {
  if (ms < 1000) return t('contactly.supportHub.duration.ms', { _: '%{ms} ms', ms: Math.round(ms) });
  if (ms < 60_000)
    return t('contactly.supportHub.duration.seconds', {
      _: '%{s} s',
      s: (ms / 1000).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    });
  const seconds = Math.round(ms / 1000);
  return t('contactly.supportHub.duration.minutesSeconds', { _: '%{m} min %{s} s', m: Math.floor(seconds / 60), s: seconds % 60 });
}

/** A run's status in words. */
export function runStatusText(status: string, t: Translate): string {
  switch (status) {
    case 'running':
      return t('contactly.supportHub.runs.status.running', { _: 'Running' });
    case 'succeeded':
      return t('contactly.supportHub.runs.status.succeeded', { _: 'Succeeded' });
    case 'partial':
      return t('contactly.supportHub.runs.status.partial', { _: 'Partly failed' });
    default:
      return t('contactly.supportHub.runs.status.failed', { _: 'Failed' });
  }
}

/** What started a run. */
export function triggerText(trigger: string, t: Translate): string {
  switch (trigger) {
    case 'scheduled':
      return t('contactly.supportHub.runs.trigger.scheduled', { _: 'Scheduled' });
    case 'forced':
      return t('contactly.supportHub.runs.trigger.forced', { _: 'Forced' });
    default:
      return t('contactly.supportHub.runs.trigger.manual', { _: 'By hand' });
  }
}

/** A source's part in a run, in words. */
export function sourceRunStatusText(status: string, t: Translate): string {
  switch (status) {
    case 'succeeded':
      return t('contactly.supportHub.runs.status.succeeded', { _: 'Succeeded' });
    case 'not-configured':
      return t('contactly.supportHub.sources.notConfigured', { _: 'Not configured' });
    default:
      return t('contactly.supportHub.runs.status.failed', { _: 'Failed' });
  }
}

function sourceProgressText(source: string, progress: SourceProgress | undefined, { t, locale }: HubText): string | null {
  if (!progress || progress.state === 'not-configured') return null;
  const name = sourceLabel(source);
  const cases = formatCount(progress.counters.cases, locale);
  switch (progress.state) {
    case 'waiting':
      return t('contactly.supportHub.progress.waiting', { _: '%{name}: waiting', name });
    case 'pulling':
      return progress.mode === 'full'
        ? t('contactly.supportHub.progress.pullingFull', { _: '%{name}: %{cases} cases so far (full sync)', name, cases })
        : t('contactly.supportHub.progress.pullingChanges', { _: '%{name}: %{cases} cases so far (changes only)', name, cases });
    case 'done':
      return t('contactly.supportHub.progress.done', { _: '%{name}: %{cases} cases pulled', name, cases });
    case 'failed':
      return t('contactly.supportHub.progress.failed', { _: '%{name}: failed', name });
  }
}

/** What a running refresh is doing: "Pulling from the CRMs — Banana: 1,200 cases so far (changes only); Strawberry: waiting". */
export function runProgressText(run: RefreshRun, text: HubText): string {
  const { t } = text;
  const progress = run.progress;
  if (!progress) return t('contactly.supportHub.progress.running', { _: 'Refresh running…' });
  if (progress.phase === 'consolidating')
    return t('contactly.supportHub.progress.consolidating', { _: 'Consolidating the cases into aggregated cases…' });
  if (progress.phase === 'done') return t('contactly.supportHub.progress.finishing', { _: 'Finishing…' });
  const sources = Object.entries(progress.sources)
    .map(([source, state]) => sourceProgressText(source, state, text))
    .filter((line): line is string => line !== null);
  return sources.length
    ? t('contactly.supportHub.progress.pulling', { _: 'Pulling from the CRMs — %{sources}', sources: sources.join('; ') })
    : t('contactly.supportHub.progress.pullingAny', { _: 'Pulling from the CRMs…' });
}

export interface RunOutcome {
  severity: 'success' | 'warning' | 'error';
  text: string;
}

/** "3 new, 1 changed, 0 closed, 0 removed" */
export function aggregatedChangesText(run: RefreshRun, { t, locale }: HubText): string {
  const { created, changed, closed, removed } = run.aggregated;
  return t('contactly.supportHub.runs.changes', {
    _: '%{created} new, %{changed} changed, %{closed} closed, %{removed} removed',
    created: formatCount(created, locale),
    changed: formatCount(changed, locale),
    closed: formatCount(closed, locale),
    removed: formatCount(removed, locale),
  });
}

/** How a finished refresh went, in a sentence or two. */
export function runOutcome(run: RefreshRun, text: HubText): RunOutcome {
  const { t, locale } = text;
  const took =
    run.durationMs === null
      ? ''
      : t('contactly.supportHub.runs.took', { _: ' in %{duration}', duration: durationText(run.durationMs, text) });
  const changes = aggregatedChangesText(run, text);
  const totals =
    run.caseCount !== null && run.aggregatedCount !== null
      ? t('contactly.supportHub.runs.totals', {
          _: ' The hub now holds %{cases} cases in %{aggregated} aggregated cases.',
          cases: formatCount(run.caseCount, locale),
          aggregated: formatCount(run.aggregatedCount, locale),
        })
      : '';
  const failures = run.sources
    .filter((source) => source.status === 'failed')
    .map((source) =>
      source.error
        ? t('contactly.supportHub.runs.sourceFailedWhy', {
            _: '%{name} failed (%{error})',
            name: sourceLabel(source.source),
            error: source.error,
          })
        : t('contactly.supportHub.runs.sourceFailed', { _: '%{name} failed', name: sourceLabel(source.source) }),
    )
    .join('; ');
  switch (run.status) {
    case 'running':
      return { severity: 'success', text: runProgressText(run, text) };
    case 'succeeded':
      return {
        severity: 'success',
        text: t('contactly.supportHub.runs.outcomeSucceeded', {
          _: 'Refresh finished%{took}: %{changes} aggregated cases.%{totals}',
          took,
          changes,
          totals,
        }),
      };
    case 'partial':
      return {
        severity: 'warning',
        text: t('contactly.supportHub.runs.outcomePartial', {
          _: 'Refresh finished%{took}, but %{failures}; its previous cases are kept. %{changes} aggregated cases.%{totals}',
          took,
          failures: failures || t('contactly.supportHub.runs.aSourceFailed', { _: 'a source failed' }),
          changes,
          totals,
        }),
      };
    default:
      return {
        severity: 'error',
        text: t('contactly.supportHub.runs.outcomeFailed', {
          _: 'Refresh failed%{took}: %{why}. The previous data is kept.',
          took,
          why: run.error ?? (failures || t('contactly.supportHub.runs.noSource', { _: 'no source could be read' })),
        }),
      };
  }
}
