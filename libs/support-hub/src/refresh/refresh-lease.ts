import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LeaseService } from '@contactly/platform';

export const REFRESH_LEASE = 'support-hub-refresh';
const LEASE_TTL_MS = 5 * 60_000;

/**
 * The database lease that lets one refresh run at a time across all instances. Each run holds it
 * under a holder of its own (this instance plus a run suffix), so a run's release cannot free
 * another run's lease.
 */
@Injectable()
export class RefreshLease {
  constructor(private readonly lease: LeaseService) {}

  newHolder(): string {
    return `${this.lease.holderId.slice(0, 80)}/${randomUUID().slice(0, 8)}`;
  }

  /** Takes the lease; false when another holder has it. */
  async acquire(holder: string): Promise<boolean> {
    return this.lease.tryAcquire(REFRESH_LEASE, LEASE_TTL_MS, holder).catch(async (error: unknown) => {
      // The database did not say whether we took it: give it back rather than block refreshes for the lease's TTL.
      await this.release(holder).catch(() => undefined);
      throw error;
    });
  }

  /** Keeps the lease of a running run (taking it back if it expired meanwhile); best effort, the next beat retries. */
  renew(holder: string): void {
    void this.lease.tryAcquire(REFRESH_LEASE, LEASE_TTL_MS, holder).catch(() => undefined);
  }

  release(holder: string): Promise<void> {
    return this.lease.release(REFRESH_LEASE, holder);
  }
}
