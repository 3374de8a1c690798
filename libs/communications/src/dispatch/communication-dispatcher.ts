import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { Clock, Database, retryWhileUnavailable, StateTransitionRecorder, type TransitionActor } from '@contactly/platform';
import { communicationProcess } from '../communication/communication-status.js';
import { CommunicationsSettings } from '../communications.settings.js';
import type { Communication } from '../communication/communication.entity.js';
import { communicationSnapshot } from '../communication/communication.mapper.js';
import { CommunicationRepository } from '../communication/communication.repository.js';
import { localClock } from '../rule/quiet-hours.js';
import type { ChannelKind } from '../send-channel-type/send-channel-type.entity.js';
import type { DeliveryOutcome, OutgoingMessage } from './channel-provider.js';
import { ChannelProviders } from './channel-providers.js';
import { retryDelayMs } from './retry-backoff.js';

/** Who moves communications on a send's outcome, in their history. */
const DISPATCHER: TransitionActor = { userId: null, username: 'dispatcher' };

/** How long a claim lasts: a communication still `sending` after this is taken again (its instance stopped). */
export const CLAIM_MS = 5 * 60_000;

export interface DispatchReport {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Sends due communications: claims them in batches (`sending`), hands each batch to the providers of
 * its channels, and records the outcomes in one transaction per batch with multi-row updates and
 * events — sent (with the local weekday and hour of the send), retried later with backoff, or failed
 * with the provider's reason once the attempts are spent. Transactional texts are wiped once done.
 */
@Injectable()
export class CommunicationDispatcher {
  private readonly logger = new Logger(CommunicationDispatcher.name);

  constructor(
    private readonly communications: CommunicationRepository,
    private readonly providers: ChannelProviders,
    private readonly transitions: StateTransitionRecorder,
    private readonly db: Database,
    private readonly settings: CommunicationsSettings,
    private readonly clock: Clock,
  ) {}

  /**
   * Sends what is due, batch after batch, until nothing is due or `budgetMs` (wall time) is spent.
   * The next batch is claimed while the last one is being sent and recorded (its own transaction;
   * claimed rows are not due again), so the database and the providers work at the same time.
   * `stop` (the lease lost) ends the run after the batch in hand: another instance may be sending by then.
   */
  async dispatchDue(budgetMs = 50_000, stop?: AbortSignal): Promise<DispatchReport> {
    const report: DispatchReport = { claimed: 0, sent: 0, retried: 0, failed: 0 };
    const started = performance.now();
    const size = this.settings.dispatchBatchSize;
    const claim = async () => {
      const now = this.clock.now();
      const token = randomUUID();
      try {
        return await this.communications.claimDue(now, size, new Date(now.getTime() + CLAIM_MS), token);
      } catch (error) {
        // The claim may have been written before its answer was lost.
        await this.giveBack(token);
        throw error;
      }
    };
    let next: Promise<Communication[]> | null = claim();
    try {
      while (next) {
        const batch: Communication[] = await next;
        next = null;
        if (!batch.length) break;
        // A short batch means nothing more was due; out of time, what is claimed is still sent.
        if (batch.length === size && performance.now() - started < budgetMs && !stop?.aborted) next = claim();
        const outcome = await this.deliver(batch);
        report.claimed += batch.length;
        report.sent += outcome.sent;
        report.retried += outcome.retried;
        report.failed += outcome.failed;
      }
    } finally {
      // A batch claimed ahead for a run that failed goes back at once.
      const ahead = next && (await (next as Promise<Communication[]>).catch(() => []));
      if (ahead?.length && ahead[0].claimToken) await this.giveBack(ahead[0].claimToken);
    }
    if (report.claimed)
      this.logger.log(`Dispatched ${report.claimed}: ${report.sent} sent, ${report.retried} to retry, ${report.failed} failed`);
    return report;
  }

  /** Sends claimed (`sending`) communications through their channels' providers and records the outcomes. */
  async deliver(batch: Communication[]): Promise<Omit<DispatchReport, 'claimed'>> {
    const outcomes = new Map<number, DeliveryOutcome>();
    const byKind = new Map<ChannelKind, Communication[]>();
    for (const row of batch) {
      if (row.address === null) outcomes.set(row.id, { outcome: 'failed', reason: 'No address to send to' });
      else if (byKind.has(row.channelKind)) byKind.get(row.channelKind)!.push(row);
      else byKind.set(row.channelKind, [row]);
    }
    for (const [kind, rows] of byKind) {
      const provider = this.providers.for(kind);
      const messages: OutgoingMessage[] = rows.map((row) => ({
        communicationId: row.id,
        kind,
        to: row.address!,
        subject: row.subject,
        text: row.body ?? '',
        purpose: row.transactional ? row.name : 'communication',
      }));
      let results: DeliveryOutcome[];
      try {
        results = await provider.send(messages);
      } catch (error) {
        // A provider that breaks as a whole (the dev mailbox's table unreachable) is a reason to retry.
        const reason = `${provider.name}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 400);
        this.logger.warn(`Provider ${provider.name} failed for ${rows.length} message(s): ${reason}`);
        results = rows.map(() => ({ outcome: 'retry', reason }));
      }
      rows.forEach((row, i) => outcomes.set(row.id, results[i]));
    }
    try {
      // Recording moves only rows still `sending`: running it again after a lost answer changes nothing twice.
      return await retryWhileUnavailable(() => this.record(batch, outcomes));
    } catch (error) {
      if (batch[0]?.claimToken) await this.giveBack(batch[0].claimToken);
      throw error;
    }
  }

  /**
   * Makes a claim's communications due again at once, so that a run that cannot finish (its database
   * gone) does not hold them until the claim expires; resending is safe, providers keep a message once.
   */
  private async giveBack(claimToken: string): Promise<void> {
    try {
      const released = await retryWhileUnavailable(() =>
        this.db.transaction(() => this.communications.releaseClaim(claimToken, this.clock.now())),
      );
      if (released) this.logger.warn(`Gave back ${released} claimed communication(s) to send again`);
    } catch (error) {
      this.logger.warn(
        `Could not give back a claim (its communications are sent again when it expires, within ${CLAIM_MS / 60_000} minutes): ${String(error)}`,
      );
    }
  }

  /**
   * One transaction: the rows move on from `sending` (grouped into few multi-row updates) and each
   * outcome — sent or failed — is recorded in the communication process's history and evented. A
   * retry (back to scheduled) and the claim before it are the dispatcher's own bookkeeping: no
   * history row or event (`attempts` and `lastError` on the row tell about them).
   */
  private record(batch: Communication[], outcomes: Map<number, DeliveryOutcome>): Promise<Omit<DispatchReport, 'claimed'>> {
    const settings = this.settings;
    return this.db.transaction(async () => {
      const now = this.clock.now();
      const groups = new Map<string, { ids: number[]; changes: Partial<Communication> }>();
      const group = (key: string, row: Communication, changes: () => Partial<Communication>) => {
        const existing = groups.get(key);
        if (existing) existing.ids.push(row.id);
        else groups.set(key, { ids: [row.id], changes: changes() });
      };
      const applied = new Map<number, Partial<Communication>>();
      const report = { sent: 0, retried: 0, failed: 0 };
      for (const row of batch) {
        const outcome = outcomes.get(row.id)!;
        const wipe = row.transactional ? { body: null } : {};
        if (outcome.outcome === 'sent') {
          const local = localClock(now, row.timeZone);
          group(`sent|${row.timeZone}|${row.transactional}`, row, () => ({
            status: 'sent',
            sentAt: now,
            sentWeekday: local.weekday,
            sentHour: Math.floor(local.minutes / 60),
            dueAt: null,
            statusChangedAt: now,
            updatedAt: now,
            ...wipe,
          }));
          report.sent += 1;
        } else if (outcome.outcome === 'retry' && row.attempts < settings.maxAttempts) {
          const dueAt = new Date(now.getTime() + retryDelayMs(row.attempts, settings.retryBaseMs, settings.retryMaxMs));
          group(`retry|${row.attempts}|${outcome.reason}`, row, () => ({
            status: 'scheduled',
            dueAt,
            lastError: outcome.reason,
            statusChangedAt: now,
            updatedAt: now,
          }));
          report.retried += 1;
        } else {
          const reason = outcome.outcome === 'retry' ? `${outcome.reason} (gave up after ${row.attempts} attempts)` : outcome.reason;
          group(`failed|${reason}|${row.transactional}`, row, () => ({
            status: 'failed',
            dueAt: null,
            lastError: reason.slice(0, 500),
            statusChangedAt: now,
            updatedAt: now,
            ...wipe,
          }));
          report.failed += 1;
        }
      }
      for (const { ids, changes } of groups.values()) {
        communicationProcess.assertAllowed('sending', changes.status!);
        const moved = await this.communications.moveStatus(ids, ['sending'], changes);
        for (const { id } of moved) applied.set(id, changes);
      }
      const moves = [];
      for (const row of batch) {
        const changes = applied.get(row.id);
        if (changes && changes.status !== 'scheduled') {
          moves.push({
            resourceId: row.id,
            from: 'sending' as const,
            to: changes.status!,
            reason: changes.status === 'failed' ? changes.lastError : null,
            resource: communicationSnapshot({ ...row, ...changes }),
          });
        }
      }
      await this.transitions.recordMany(communicationProcess, moves, DISPATCHER);
      return report;
    });
  }
}
