import { retryDelayMs } from './retry-backoff.js';

describe('retry backoff', () => {
  it('waits the base after the first failure, then doubles, up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelayMs(attempts, 30_000, 3_600_000))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000,
    ]);
    expect(retryDelayMs(20, 30_000, 3_600_000)).toBe(3_600_000);
    expect(retryDelayMs(3, 0, 1000)).toBe(0);
  });
});
