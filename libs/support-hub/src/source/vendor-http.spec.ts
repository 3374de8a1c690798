import { backoffMs, retryAfterMs } from './vendor-http.js';

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Thu, 15 Jan 2026 09:00:10 GMT', Date.parse('2026-01-15T09:00:00.000Z'))).toBe(10_000);
  });
  it('ignores what it cannot read', () => {
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('backoffMs', () => {
  const policy = { timeoutMs: 1000, retries: 5, retryBaseMs: 100, retryMaxWaitMs: 1000 };
  it('doubles with each attempt, with jitter, up to the cap', () => {
    expect(backoffMs(0, policy, () => 0.5)).toBe(100);
    expect(backoffMs(1, policy, () => 0.5)).toBe(200);
    expect(backoffMs(2, policy, () => 0)).toBe(300);
    expect(backoffMs(2, policy, () => 1)).toBe(500);
    expect(backoffMs(10, policy, () => 0.5)).toBe(1000);
  });
});
