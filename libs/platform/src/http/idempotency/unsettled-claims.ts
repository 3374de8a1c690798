import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { IdempotencyStore } from './idempotency.store.js';

/** How often claims left unsettled while the database was away are tried again. */
const RETRY_MS = 1000;
/** After this long the claim is left to be taken over by a repeat (IdempotencyStore). */
const GIVE_UP_MS = 2 * 60_000;

/** What is left to do for a claim: keep its response, free it (its request did nothing), or read its outcome from its commit mark. */
export type Settlement = { keep: string } | { free: true } | { readOutcome: true };

/**
 * The claims of requests that ended while the database was away — a response that could not be
 * kept, an outcome nobody could read — settled as soon as it answers again, so repeats of those
 * keys replay, run or learn that the answer was lost within seconds of its return, not minutes.
 */
@Injectable()
export class UnsettledClaims implements OnApplicationShutdown {
  private readonly logger = new Logger('Idempotency');
  private readonly claims = new Map<number, { settlement: Settlement; since: number }>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly store: IdempotencyStore) {}

  add(recordId: number, settlement: Settlement): void {
    this.claims.set(recordId, { settlement, since: Date.now() });
    if (this.timer) return;
    this.timer = setInterval(() => void this.settle(), RETRY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async settle(): Promise<void> {
    for (const [recordId, claim] of this.claims) {
      try {
        const { settlement } = claim;
        if ('keep' in settlement) await this.store.complete(recordId, settlement.keep);
        else if ('free' in settlement) await this.store.abandon(recordId);
        else await this.store.settleUnknown(recordId);
        this.claims.delete(recordId);
      } catch (error) {
        if (Date.now() - claim.since < GIVE_UP_MS) continue;
        this.logger.warn(`Gave up settling Idempotency-Key claim ${recordId}: ${String(error)}`);
        this.claims.delete(recordId);
      }
    }
    if (!this.claims.size && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }
}
