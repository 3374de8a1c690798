import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IsNull, LessThan } from 'typeorm';
import { Clock } from '../../clock/clock.js';
import { isDatabaseUnavailable, retryWhileUnavailable } from '../../database/connection-errors.js';
import { Database } from '../../database/database.js';
import { isUniqueViolation } from '../../database/unique-violation.js';
import { IdempotencyRecord } from './idempotency-record.entity.js';

const RETENTION_MS = 24 * 60 * 60 * 1000;
/** How long a repeat waits for the first request with its key to finish before it is told to retry (409). */
const WAIT_FOR_FIRST_MS = 30_000;
/**
 * A claim without a response after this long belongs to a request that will never finish it (its
 * instance died): a repeat takes the key over — unless the work committed, then its answer is lost.
 */
const ABANDONED_AFTER_MS = 2 * 60_000;
/** The stored "response" of a request whose work committed but whose answer could not be kept. */
const ANSWER_LOST = '"answer-lost"';

export type ClaimResult =
  | { outcome: 'claimed'; recordId: number }
  | { outcome: 'replay'; response: string }
  | { outcome: 'mismatch' }
  | { outcome: 'in-progress' }
  | { outcome: 'answer-lost' };

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
    const claimant = randomUUID();
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    for (let wait = 10; ; wait = Math.min(wait * 2, 250)) {
      const result = await this.tryClaim(principalId, key, requestHash, claimant);
      if (result.outcome !== 'in-progress' || Date.now() >= deadline) return result;
      await pause(wait);
    }
  }

  /**
   * The first request succeeded: its response is kept for repeats. Retried while the database is
   * away, since the work is done and a lost response would let a repeat do it again.
   */
  async complete(recordId: number, response: string): Promise<void> {
    await retryWhileUnavailable(() => this.records.update({ id: recordId }, { response }));
  }

  /** The first request failed and did nothing: the key is free for the client (or a waiting repeat) to run it again. */
  async abandon(recordId: number): Promise<void> {
    await retryWhileUnavailable(() => this.records.delete({ id: recordId }));
  }

  /**
   * The first request's outcome was unknown (its database went away at the end): free the key if its
   * work did not commit, else record that its answer is lost, so repeats neither do it again nor wait.
   * Throws while the database cannot tell.
   */
  async settleUnknown(recordId: number): Promise<void> {
    const record = await retryWhileUnavailable(() => this.records.findOneBy({ id: recordId }));
    if (!record || record.response !== null) return;
    if (record.committedAt)
      await retryWhileUnavailable(() => this.records.update({ id: recordId, response: IsNull() }, { response: ANSWER_LOST }));
    else await this.abandon(recordId);
  }

  /**
   * Runs the first request's work so that each of its transactions marks the claim committed as
   * its last write: after a failure whose outcome is unknown (the database lost at the end), the
   * mark tells whether the work is done.
   */
  runMarked<T>(recordId: number, work: () => Promise<T>): Promise<T> {
    return this.db.withCommitMark(
      (manager) =>
        manager
          .getRepository(IdempotencyRecord)
          .update({ id: recordId }, { committedAt: this.clock.now() })
          .then(() => undefined),
      work,
    );
  }

  private async tryClaim(principalId: number, key: string, requestHash: string, claimant: string): Promise<ClaimResult> {
    const now = this.clock.now();
    await this.records.delete({ principalId, key, expiresAt: LessThan(now) });
    await this.takeOverAbandoned(principalId, key, now);
    try {
      const inserted = await this.records.insert({
        principalId,
        key,
        requestHash,
        claimant,
        response: null,
        createdAt: now,
        expiresAt: new Date(now.getTime() + RETENTION_MS),
      });
      return { outcome: 'claimed', recordId: inserted.identifiers[0].id as number };
    } catch (error) {
      // Taken by another request — or written before our connection was lost, then it is ours.
      if (!isUniqueViolation(error) && !isDatabaseUnavailable(error)) throw error;
      const existing = await retryWhileUnavailable(() => this.records.findOneBy({ principalId, key }));
      if (!existing) {
        if (isDatabaseUnavailable(error)) throw error;
        // The first request failed and freed its key between our insert and this read: try again.
        return { outcome: 'in-progress' };
      }
      if (existing.claimant === claimant) return { outcome: 'claimed', recordId: existing.id };
      if (existing.requestHash !== requestHash) return { outcome: 'mismatch' };
      if (existing.response === null) return { outcome: 'in-progress' };
      if (existing.response === ANSWER_LOST) return { outcome: 'answer-lost' };
      return { outcome: 'replay', response: existing.response };
    }
  }

  /** A claim nobody finished for ABANDONED_AFTER_MS: freed, or — its work committed — marked answer-lost. */
  private async takeOverAbandoned(principalId: number, key: string, now: Date): Promise<void> {
    const stale = { principalId, key, response: IsNull(), createdAt: LessThan(new Date(now.getTime() - ABANDONED_AFTER_MS)) };
    await this.records.update({ ...stale, committedAt: LessThan(now) }, { response: ANSWER_LOST });
    await this.records.delete({ ...stale, committedAt: IsNull() });
  }
}
