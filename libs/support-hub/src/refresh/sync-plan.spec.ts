import { incomingCase } from '../../test/consolidation-fixtures.js';
import type { SourceAdapter } from '../source/source-adapter.js';
import { emptyCounters } from '../source/vendor-http.js';
import type { SourceState } from './source-state.entity.js';
import { nextSourceState, planSync, type SourceOutcome } from './sync-plan.js';

const adapter = { name: 'banana', label: 'Banana', baseUrl: 'http://banana' } as SourceAdapter;
const settings = { fullSyncEvery: 6, fullSyncHours: 24 };
const hour = 3_600_000;
const now = new Date('2026-02-01T12:00:00.000Z');

const state = (overrides: Partial<SourceState> = {}): SourceState => ({
  source: 'banana',
  watermark: new Date('2026-02-01T10:00:00.000Z'),
  runsSinceFull: 1,
  lastFullSyncAt: new Date(now.getTime() - hour),
  healthy: true,
  lastSuccessAt: null,
  lastFailureAt: null,
  lastError: null,
  consecutiveFailures: 0,
  ...overrides,
});

describe('planSync', () => {
  it('pulls incrementally from the cursor while a full sync is recent', () => {
    expect(planSync(adapter, state(), false, settings, now.getTime())).toMatchObject({
      mode: 'incremental',
      since: new Date('2026-02-01T10:00:00.000Z'),
    });
  });

  it.each([
    ['asked for', state(), true],
    ['the source has no cursor', state({ watermark: null }), false],
    ['the source was never fully synced', undefined, false],
    ['enough runs passed', state({ runsSinceFull: 5 }), false],
    ['enough hours passed', state({ lastFullSyncAt: new Date(now.getTime() - 24 * hour) }), false],
  ])('syncs fully when %s', (_, previous, forceFull) => {
    expect(planSync(adapter, previous, forceFull, settings, now.getTime())).toMatchObject({ mode: 'full', since: undefined });
  });
});

describe('nextSourceState', () => {
  const outcomeOf = (
    plan: ReturnType<typeof planSync>,
    cases = [incomingCase({ updatedAt: new Date('2026-02-01T11:00:00.000Z') })],
  ): SourceOutcome => ({
    ...plan,
    ok: true,
    result: { cases, seenIds: new Set() },
    counters: emptyCounters(),
    startedAt: now,
    durationMs: 5,
  });

  it('moves the cursor to the newest case and counts incremental runs', () => {
    const plan = planSync(adapter, state(), false, settings, now.getTime());
    expect(nextSourceState(plan, outcomeOf(plan), now)).toMatchObject({
      watermark: new Date('2026-02-01T11:00:00.000Z'),
      runsSinceFull: 2,
      healthy: true,
      lastSuccessAt: now,
    });
  });

  it('keeps the cursor when nothing newer arrived and resets the count after a full sync', () => {
    const plan = planSync(adapter, state(), true, settings, now.getTime());
    expect(nextSourceState(plan, outcomeOf(plan, []), now)).toMatchObject({
      watermark: new Date('2026-02-01T10:00:00.000Z'),
      runsSinceFull: 0,
      lastFullSyncAt: now,
    });
  });

  it('marks a failed source unhealthy and keeps its cursor', () => {
    const plan = planSync(adapter, state({ consecutiveFailures: 2 }), false, settings, now.getTime());
    const failed: SourceOutcome = { ...plan, ok: false, error: 'x'.repeat(2000), counters: emptyCounters(), startedAt: now, durationMs: 5 };
    const next = nextSourceState(plan, failed, now);
    expect(next).toMatchObject({
      healthy: false,
      lastFailureAt: now,
      consecutiveFailures: 3,
      watermark: state().watermark,
      runsSinceFull: 1,
    });
    expect(next.lastError).toHaveLength(1000);
  });
});
