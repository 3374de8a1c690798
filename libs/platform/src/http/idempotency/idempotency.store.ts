import { Injectable } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { Clock } from '../../clock/clock.js';
import { Database } from '../../database/database.js';
import { IdempotencyRecord } from './idempotency-record.entity.js';

const RETENTION_MS = 24 * 60 * 60 * 1000;
/** How long a repeat waits for the first request with its key to finish before it is told to retry (409). */
const WAIT_FOR_FIRST_MS = 30_000;

export type ClaimResult =
  | { outcome: 'claimed'; recordId: number }
  | { outcome: 'replay'; response: string }
  | { outcome: 'mismatch' }
  | { outcome: 'in-progress' };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keys are scoped to the principal: two partners may use the same key independently. The unique
 * index on (principal, key) decides which of concurrent requests runs; the others wait for its
 * outcome and replay it, so every one of them gets the same answer — on MariaDB, where they truly
 * overlap, as on SQLite, where they queue.
 */
@Injectable()
export class IdempotencyStore {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  private get records() {
    return this.db.dataSource.getRepository(IdempotencyRecord);
  }

  async claim(principalId: number, key: string, requestHash: string): Promise<ClaimResult> {
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    for (let wait = 10; ; wait = Math.min(wait * 2, 250)) {
      const result = await this.tryClaim(principalId, key, requestHash);
      if (result.outcome !== 'in-progress' || Date.now() >= deadline) return result;
      await pause(wait);
    }
  }

  private async tryClaim(principalId: number, key: string, requestHash: string): Promise<ClaimResult> {
    const now = this.clock.now();
    await this.records.delete({ principalId, key, expiresAt: LessThan(now) });
    try {
      const inserted = await this.records.insert({ principalId, key, requestHash, response: null, createdAt: now, expiresAt: new Date(now.getTime() + RETENTION_MS) });
      return { outcome: 'claimed', recordId: inserted.identifiers[0].id as number };
    } catch {
      const existing = await this.records.findOneBy({ principalId, key });
      // The first request failed and freed its key between our insert and this read: try again.
      if (!existing) return { outcome: 'in-progress' };
      if (existing.requestHash !== requestHash) return { outcome: 'mismatch' };
      if (existing.response === null) return { outcome: 'in-progress' };
      return { outcome: 'replay', response: existing.response };
    }
  }

  async complete(recordId: number, response: string): Promise<void> {
    await this.records.update({ id: recordId }, { response });
  }

  /** The first request failed: free the key so the client (or a waiting repeat) may run it again. */
  async abandon(recordId: number): Promise<void> {
    await this.records.delete({ id: recordId });
  }
}
