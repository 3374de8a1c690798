import type { SourceAdapter } from '../source/source-adapter.js';
import { emptyCounters } from '../source/vendor-http.js';
import { sourceRunRows } from './source-run-rows.js';
import type { SourceOutcome, SourcePlan } from './sync-plan.js';

const now = new Date('2026-02-01T12:00:00.000Z');
const startedAt = new Date('2026-02-01T11:59:00.000Z');
const plan = (name: 'banana' | 'strawberry', mode: 'full' | 'incremental' = 'full'): SourcePlan => ({
  adapter: { name, label: name, baseUrl: name === 'banana' ? 'http://banana' : null } as SourceAdapter,
  state: undefined,
  mode,
  since: undefined,
});

describe('sourceRunRows', () => {
  it('records an unconfigured source as such', () => {
    expect(sourceRunRows(1, [plan('strawberry')], [], undefined, now)).toEqual([
      expect.objectContaining({
        runId: 1,
        source: 'strawberry',
        status: 'not-configured',
        fetched: 0,
        durationMs: 0,
        startedAt: now,
        finishedAt: now,
        note: 'BANANA_URL/STRAWBERRY_URL not set',
        error: null,
      }),
    ]);
  });

  it('records what a pull fetched and what the consolidation made of it, with notes on skipped records', () => {
    const counters = { ...emptyCounters(), cases: 3, pages: 2, retries: 1, unreadable: 1, samples: ['BAN-9: no title'] };
    const outcome: SourceOutcome = {
      ...plan('banana'),
      ok: true,
      result: { cases: [], seenIds: new Set() },
      counters,
      startedAt,
      durationMs: 60_000,
    };
    const counts = new Map([['banana', { new: 2, changed: 1, unchanged: 0, deleted: 0, unclassified: 1 }]]);
    expect(sourceRunRows(1, [plan('banana')], [outcome], counts, now)).toEqual([
      expect.objectContaining({
        source: 'banana',
        status: 'succeeded',
        fetched: 3,
        newCount: 2,
        changed: 1,
        unclassified: 1,
        pages: 2,
        retries: 1,
        startedAt,
        finishedAt: now,
        durationMs: 60_000,
        note: 'deleted cases not detected this run: 1 record(s) had no readable id — skipped: BAN-9: no title',
      }),
    ]);
  });

  it('records a failed pull with its error and no counts', () => {
    const outcome: SourceOutcome = {
      ...plan('banana', 'incremental'),
      ok: false,
      error: 'HTTP 503',
      counters: emptyCounters(),
      startedAt,
      durationMs: 10,
    };
    expect(sourceRunRows(1, [plan('banana', 'incremental')], [outcome], undefined, now)).toEqual([
      expect.objectContaining({ status: 'failed', mode: 'incremental', error: 'HTTP 503', newCount: 0, note: null }),
    ]);
  });
});
