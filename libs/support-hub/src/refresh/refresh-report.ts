import type { FetchCounters } from '../source/vendor-http.js';
import type { RefreshRun } from './refresh-run.entity.js';
import type { RefreshSourceRun } from './refresh-source-run.entity.js';

/** Live counters of a running refresh (persisted as JSON with its heartbeat). */
export interface RunProgress {
  phase: 'pulling' | 'consolidating' | 'done';
  sources: Record<string, { state: 'waiting' | 'pulling' | 'done' | 'failed' | 'not-configured'; mode: string; counters: FetchCounters }>;
}

export interface SourceReport {
  source: string;
  mode: string;
  status: string;
  since: string | null;
  fetched: number;
  new: number;
  changed: number;
  unchanged: number;
  deleted: number;
  skippedMalformed: number;
  duplicates: number;
  unclassified: number;
  pages: number;
  requests: number;
  retries: number;
  timeouts: number;
  rateLimited: number;
  serverErrors: number;
  malformedResponses: number;
  durationMs: number;
  note: string | null;
  error: string | null;
  finishedAt: string;
}

export interface RunReport {
  id: number;
  status: string;
  trigger: string;
  requestedBy: string | null;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  error: string | null;
  aggregated: { created: number; changed: number; closed: number; removed: number };
  caseCount: number | null;
  aggregatedCount: number | null;
  progress: RunProgress | null;
  sources: SourceReport[];
}

export function toSourceReport(row: RefreshSourceRun): SourceReport {
  return {
    source: row.source,
    mode: row.mode,
    status: row.status,
    since: row.since?.toISOString() ?? null,
    fetched: row.fetched,
    new: row.newCount,
    changed: row.changed,
    unchanged: row.unchanged,
    deleted: row.deleted,
    skippedMalformed: row.skippedMalformed,
    duplicates: row.duplicates,
    unclassified: row.unclassified,
    pages: row.pages,
    requests: row.requests,
    retries: row.retries,
    timeouts: row.timeouts,
    rateLimited: row.rateLimited,
    serverErrors: row.serverErrors,
    malformedResponses: row.malformedResponses,
    durationMs: row.durationMs,
    note: row.note,
    error: row.error,
    finishedAt: row.finishedAt.toISOString(),
  };
}

export function parseProgress(text: string | null): RunProgress | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as RunProgress;
  } catch {
    return null;
  }
}

export function toRunReport(run: RefreshRun, sources: RefreshSourceRun[], liveProgress?: RunProgress): RunReport {
  return {
    id: run.id,
    status: run.status,
    trigger: run.trigger,
    requestedBy: run.requestedBy,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    durationMs: run.durationMs,
    error: run.error,
    aggregated: {
      created: run.aggregatedCreated,
      changed: run.aggregatedChanged,
      closed: run.aggregatedClosed,
      removed: run.aggregatedRemoved,
    },
    caseCount: run.caseCount,
    aggregatedCount: run.aggregatedCount,
    progress: run.status === 'running' ? (liveProgress ?? parseProgress(run.progress)) : null,
    sources: sources.map(toSourceReport),
  };
}
