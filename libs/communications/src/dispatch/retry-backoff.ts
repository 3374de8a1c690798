/**
 * The wait before the next attempt after `attempts` failed ones: the base, doubling with each
 * further attempt, never more than the cap. Deterministic, so a scheduled retry can be explained.
 */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}
