import { Injectable } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { Clock } from '../../clock/clock.js';
import { Database } from '../../database/database.js';
import { IdempotencyRecord } from './idempotency-record.entity.js';

const RETENTION_MS = 24 * 60 * 60 * 1000;

export type ClaimResult =
  | { outcome: 'claimed'; recordId: number }
  | { outcome: 'replay'; response: string }
  | { outcome: 'mismatch' }
  | { outcome: 'in-progress' };

/** Keys are scoped to the principal: two partners may use the same key independently. */
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
    const now = this.clock.now();
    await this.records.delete({ principalId, key, expiresAt: LessThan(now) });
    try {
      const inserted = await this.records.insert({ principalId, key, requestHash, response: null, createdAt: now, expiresAt: new Date(now.getTime() + RETENTION_MS) });
      return { outcome: 'claimed', recordId: inserted.identifiers[0].id as number };
    } catch {
      const existing = await this.records.findOneBy({ principalId, key });
      if (!existing) return this.claim(principalId, key, requestHash);
      if (existing.requestHash !== requestHash) return { outcome: 'mismatch' };
      if (existing.response === null) return { outcome: 'in-progress' };
      return { outcome: 'replay', response: existing.response };
    }
  }

  async complete(recordId: number, response: string): Promise<void> {
    await this.records.update({ id: recordId }, { response });
  }

  /** The first request failed: free the key so the client may retry it. */
  async abandon(recordId: number): Promise<void> {
    await this.records.delete({ id: recordId });
  }
}
