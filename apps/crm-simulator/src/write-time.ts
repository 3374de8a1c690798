/**
 * The `updated` stamp of a write: now, but always later than the previous stamp, so a change moves
 * the record to the end of the listing and an incremental sync from the old stamp sees it, even if
 * the seeded data lies in the future of the machine's clock.
 */
export function writeTime(previousMs = 0): number {
  return Math.max(Date.now(), previousMs + 1);
}
