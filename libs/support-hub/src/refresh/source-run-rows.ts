import type { SourceCounts } from '../consolidation/merge-pulls.js';
import { clip } from '../shared/clip.js';
import { emptyCounters, type FetchCounters } from '../source/vendor-http.js';
import type { RefreshSourceRun } from './refresh-source-run.entity.js';
import type { SourceOutcome, SourcePlan } from './sync-plan.js';

export type SourceRunRow = Omit<RefreshSourceRun, 'id' | 'run'>;

type Counts = Omit<SourceCounts, 'total'>;

interface SourceRunFacts {
  status: RefreshSourceRun['status'];
  counters: FetchCounters;
  startedAt: Date;
  durationMs: number;
  error: string | null;
  counts: Counts | null;
  note: string | null;
}

function sourceRunRow(runId: number, plan: SourcePlan, finishedAt: Date, facts: SourceRunFacts): SourceRunRow {
  const { counters, counts, note, error } = facts;
  return {
    runId,
    source: plan.adapter.name,
    mode: plan.mode,
    status: facts.status,
    since: plan.since ?? null,
    fetched: counters.cases,
    newCount: counts?.new ?? 0,
    changed: counts?.changed ?? 0,
    unchanged: counts?.unchanged ?? 0,
    deleted: counts?.deleted ?? 0,
    skippedMalformed: counters.malformed,
    duplicates: counters.duplicates,
    unclassified: counts?.unclassified ?? 0,
    pages: counters.pages,
    requests: counters.requests,
    retries: counters.retries,
    timeouts: counters.timeouts,
    rateLimited: counters.rateLimited,
    serverErrors: counters.serverErrors,
    malformedResponses: counters.malformedResponses,
    note: note ? clip(note) : null,
    error: error ? clip(error) : null,
    durationMs: facts.durationMs,
    startedAt: facts.startedAt,
    finishedAt,
  };
}

/**
 * The `refresh_source_run` rows of a run: one per source, configured or not, with what its pull
 * fetched and what the consolidation made of it (`countsBySource`, absent when nothing was written).
 */
export function sourceRunRows(
  runId: number,
  plans: readonly SourcePlan[],
  outcomes: readonly SourceOutcome[],
  countsBySource: ReadonlyMap<string, Counts> | undefined,
  now: Date,
): SourceRunRow[] {
  return plans.map((plan) => {
    const outcome = outcomes.find((o) => o.adapter.name === plan.adapter.name);
    if (!outcome) {
      return sourceRunRow(runId, plan, now, {
        status: 'not-configured',
        counters: emptyCounters(),
        startedAt: now,
        durationMs: 0,
        error: null,
        counts: null,
        note: 'BANANA_URL/STRAWBERRY_URL not set',
      });
    }
    const notes: string[] = [];
    if (outcome.ok && plan.mode === 'full' && outcome.counters.unreadable > 0) {
      notes.push(`deleted cases not detected this run: ${outcome.counters.unreadable} record(s) had no readable id`);
    }
    if (outcome.counters.samples.length) notes.push(`skipped: ${outcome.counters.samples.join('; ')}`);
    return sourceRunRow(runId, plan, now, {
      status: outcome.ok ? 'succeeded' : 'failed',
      counters: outcome.counters,
      startedAt: outcome.startedAt,
      durationMs: outcome.durationMs,
      error: outcome.ok ? null : outcome.error,
      counts: countsBySource?.get(plan.adapter.name) ?? null,
      note: notes.join(' — ') || null,
    });
  });
}
