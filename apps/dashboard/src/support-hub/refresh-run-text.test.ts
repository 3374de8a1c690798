import { EN } from './hub-text.testing';
import { describe, expect, it } from 'vitest';
import { durationText, runOutcome, runProgressText } from './refresh-run-text';
import type { RefreshRun, SourceRun } from './support-hub-types';

const counters = {
  pages: 2,
  received: 900,
  cases: 880,
  malformed: 0,
  unreadable: 0,
  duplicates: 0,
  requests: 2,
  retries: 0,
  timeouts: 0,
  rateLimited: 0,
  serverErrors: 0,
  networkErrors: 0,
  malformedResponses: 0,
  samples: [],
};

const source = (name: 'banana' | 'strawberry', status: SourceRun['status'], error: string | null = null): SourceRun => ({
  source: name,
  mode: 'incremental',
  status,
  since: null,
  fetched: 10,
  new: 1,
  changed: 2,
  unchanged: 7,
  deleted: 0,
  skippedMalformed: 0,
  duplicates: 0,
  unclassified: 0,
  pages: 1,
  requests: 1,
  retries: 0,
  timeouts: 0,
  rateLimited: 0,
  serverErrors: 0,
  malformedResponses: 0,
  durationMs: 300,
  note: null,
  error,
  finishedAt: '2026-11-23T07:00:01.000Z',
});

const run = (changes: Partial<RefreshRun>): RefreshRun => ({
  id: 12,
  href: 'http://x/api/v1/support-hub/refresh-runs/12',
  status: 'succeeded',
  trigger: 'manual',
  requestedBy: 'sergei.support',
  startedAt: '2026-11-23T07:00:00.000Z',
  finishedAt: '2026-11-23T07:00:02.400Z',
  durationMs: 2400,
  error: null,
  aggregated: { created: 3, changed: 5, closed: 1, removed: 0 },
  caseCount: 1234,
  aggregatedCount: 321,
  progress: null,
  sources: [source('banana', 'succeeded'), source('strawberry', 'succeeded')],
  joined: false,
  ...changes,
});

describe('runOutcome', () => {
  it('sums up a successful refresh', () => {
    expect(runOutcome(run({}), EN)).toEqual({
      severity: 'success',
      text: 'Refresh finished in 2.4 s: 3 new, 5 changed, 1 closed, 0 removed aggregated cases. The hub now holds 1,234 cases in 321 aggregated cases.',
    });
  });

  it('says which source failed in a partial refresh, and that its cases are kept', () => {
    const outcome = runOutcome(
      run({ status: 'partial', sources: [source('banana', 'succeeded'), source('strawberry', 'failed', 'HTTP 503 after 4 retries')] }),
      EN,
    );
    expect(outcome.severity).toBe('warning');
    expect(outcome.text).toContain('but Strawberry failed (HTTP 503 after 4 retries); its previous cases are kept');
  });

  it('says why a refresh failed', () => {
    expect(runOutcome(run({ status: 'failed', error: 'every source failed', durationMs: null }), EN)).toEqual({
      severity: 'error',
      text: 'Refresh failed: every source failed. The previous data is kept.',
    });
  });
});

describe('runProgressText', () => {
  it('tells what each source is doing while pulling', () => {
    const pulling = run({
      status: 'running',
      progress: {
        phase: 'pulling',
        sources: { banana: { state: 'pulling', mode: 'incremental', counters }, strawberry: { state: 'waiting', mode: 'full', counters } },
      },
    });
    expect(runProgressText(pulling, EN)).toBe('Pulling from the CRMs — Banana: 880 cases so far (changes only); Strawberry: waiting');
  });

  it('tells when the cases are being consolidated', () => {
    expect(runProgressText(run({ status: 'running', progress: { phase: 'consolidating', sources: {} } }), EN)).toBe(
      'Consolidating the cases into aggregated cases…',
    );
    expect(runProgressText(run({ status: 'running', progress: null }), EN)).toBe('Refresh running…');
  });
});

describe('durationText', () => {
  it.each([
    [850, '850 ms'],
    [2400, '2.4 s'],
    [72_000, '1 min 12 s'],
  ])('%s ms → %s', (ms, text) => {
    expect(durationText(ms, EN)).toBe(text);
  });
});
