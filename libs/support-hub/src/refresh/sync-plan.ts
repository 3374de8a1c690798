import type { SupportHubSettings } from '../support-hub.settings.js';
import { clip } from '../shared/clip.js';
import type { PullResult, SourceAdapter } from '../source/source-adapter.js';
import type { FetchCounters } from '../source/vendor-http.js';
import type { SyncMode } from './refresh-source-run.entity.js';
import type { SourceState } from './source-state.entity.js';

/** What a run pulls from one source: everything (full) or what changed since its cursor (incremental). */
export interface SourcePlan {
  adapter: SourceAdapter;
  state: SourceState | undefined;
  mode: SyncMode;
  since: Date | undefined;
}

/** How the pull of a plan went. */
export type SourceOutcome = SourcePlan & {
  counters: FetchCounters;
  startedAt: Date;
  durationMs: number;
} & ({ ok: true; result: PullResult } | { ok: false; error: string });

/**
 * A full sync when asked, when there is no cursor yet, or when the last one is too many runs or
 * hours ago (it also finds cases deleted at the source); else an incremental pull from the cursor.
 */
export function planSync(
  adapter: SourceAdapter,
  state: SourceState | undefined,
  forceFull: boolean,
  settings: Pick<SupportHubSettings, 'fullSyncEvery' | 'fullSyncHours'>,
  nowMs: number,
): SourcePlan {
  const full =
    forceFull ||
    !state?.watermark ||
    !state.lastFullSyncAt ||
    state.runsSinceFull + 1 >= settings.fullSyncEvery ||
    nowMs - state.lastFullSyncAt.getTime() >= settings.fullSyncHours * 3_600_000;
  return { adapter, state, mode: full ? 'full' : 'incremental', since: full ? undefined : (state?.watermark ?? undefined) };
}

/** The source's state after a pull: its cursor moves to the newest case seen, its health follows the outcome. */
export function nextSourceState(plan: SourcePlan, outcome: SourceOutcome, now: Date): SourceState {
  const previous: SourceState = plan.state ?? {
    source: plan.adapter.name,
    watermark: null,
    runsSinceFull: 0,
    lastFullSyncAt: null,
    healthy: true,
    lastSuccessAt: null,
    lastFailureAt: null,
    lastError: null,
    consecutiveFailures: 0,
  };
  if (!outcome.ok) {
    return {
      ...previous,
      healthy: false,
      lastFailureAt: now,
      lastError: clip(outcome.error),
      consecutiveFailures: previous.consecutiveFailures + 1,
    };
  }
  let watermark = previous.watermark?.getTime() ?? -1;
  for (const c of outcome.result.cases) watermark = Math.max(watermark, c.updatedAt.getTime());
  const full = plan.mode === 'full';
  return {
    ...previous,
    watermark: watermark >= 0 ? new Date(watermark) : previous.watermark,
    runsSinceFull: full ? 0 : previous.runsSinceFull + 1,
    lastFullSyncAt: full ? now : previous.lastFullSyncAt,
    healthy: true,
    lastSuccessAt: now,
    lastError: null,
    consecutiveFailures: 0,
  };
}
