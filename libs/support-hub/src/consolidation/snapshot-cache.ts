import type { Snapshot } from './consolidation-snapshot.js';

/**
 * The snapshots this instance keeps: the last one written and the one it started from (if that
 * write's transaction rolls back, the earlier state is still the current one). TTL-bounded, like
 * every cache here.
 */
export class SnapshotCache {
  private snapshots: Snapshot[] = [];
  private expiry: NodeJS.Timeout | undefined;

  constructor(private readonly ttlMs: number) {}

  /** The snapshot this instance wrote last, if the state row says it is still the current state. */
  find(writer: string | null): Snapshot | undefined {
    return this.snapshots.find((s) => s.token === writer && Date.now() - s.createdAt < this.ttlMs);
  }

  keep(snapshot: Snapshot, previous: Snapshot | undefined): void {
    this.snapshots = [...(previous ? [previous] : []), snapshot];
    clearTimeout(this.expiry);
    this.expiry = setTimeout(() => this.clear(), this.ttlMs);
    this.expiry.unref();
  }

  clear(): void {
    this.snapshots = [];
    clearTimeout(this.expiry);
  }
}
