import { EN } from './hub-text.testing';
import { describe, expect, it } from 'vitest';
import { formatCountdown, refreshButtonLabel, refreshGate, refreshGateHint, secondsLeft, spokenDuration } from './refresh-gate';

describe('secondsLeft', () => {
  it('counts down from the wait the server announced', () => {
    const wait = { seconds: 900, atMs: 10_000 };
    expect(secondsLeft(wait, 10_000)).toBe(900);
    expect(secondsLeft(wait, 10_000 + 1_500)).toBe(899);
    expect(secondsLeft(wait, 10_000 + 900_000)).toBe(0);
    expect(secondsLeft(wait, 10_000 + 2_000_000)).toBe(0);
  });
});

describe('refreshGate', () => {
  const base = { running: false, configured: true, waits: [], nowMs: 0 };

  it('is ready when no wait is announced or it is over', () => {
    expect(refreshGate(base)).toEqual({ kind: 'ready' });
    expect(refreshGate({ ...base, waits: [{ seconds: 0, atMs: 0 }, null, undefined] })).toEqual({ kind: 'ready' });
    expect(refreshGate({ ...base, waits: [{ seconds: 60, atMs: 0 }], nowMs: 61_000 })).toEqual({ kind: 'ready' });
  });

  it('waits for the longest announced wait (from /status or from a refused refresh)', () => {
    expect(
      refreshGate({
        ...base,
        waits: [
          { seconds: 300, atMs: 0 },
          { seconds: 840, atMs: 0 },
        ],
        nowMs: 40_000,
      }),
    ).toEqual({ kind: 'wait', seconds: 800 });
  });

  it('shows a run going on before anything else, and nothing to refresh from without a CRM', () => {
    expect(refreshGate({ ...base, running: true, configured: false, waits: [{ seconds: 60, atMs: 0 }] })).toEqual({ kind: 'running' });
    expect(refreshGate({ ...base, configured: false })).toEqual({ kind: 'unavailable' });
  });
});

describe('formatCountdown', () => {
  it.each([
    [0, '0:00'],
    [9, '0:09'],
    [60, '1:00'],
    [14 * 60 + 5, '14:05'],
    [899.2, '15:00'],
    [3723, '1:02:03'],
    [-4, '0:00'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatCountdown(seconds)).toBe(text);
  });
});

describe('what the button and its hint say', () => {
  it('names the state in words', () => {
    expect(refreshButtonLabel({ kind: 'ready' }, EN.t)).toBe('Refresh');
    expect(refreshButtonLabel({ kind: 'wait', seconds: 845 }, EN.t)).toBe('Refresh in 14:05');
    expect(refreshButtonLabel({ kind: 'running' }, EN.t)).toBe('Refreshing…');
    expect(refreshGateHint({ kind: 'wait', seconds: 845 }, 15, EN.t)).toBe(
      'The data was refreshed less than 15 minutes ago; you can refresh again in 14 min 5 s.',
    );
    expect(refreshGateHint({ kind: 'unavailable' }, 15, EN.t)).toContain('No CRM');
  });

  it('speaks durations', () => {
    expect(spokenDuration(9, EN.t)).toBe('9 s');
    expect(spokenDuration(120, EN.t)).toBe('2 min');
    expect(spokenDuration(845, EN.t)).toBe('14 min 5 s');
  });
});
