import { Injectable } from '@nestjs/common';
import { Clock, Database, LeaseService, StateTransitionRecorder, type TransitionActor } from '@contactly/platform';
import { ReservationClosings } from '../reservation/reservation-closings.js';
import { UNHELD } from '../resource/new-number.js';
import { NumberMoves } from '../resource/number-moves.js';
import { numberProcess, type NumberState } from '../resource/number-process.js';
import { NumberResourceRepository } from '../resource/number-resource.repository.js';

/** Numbers moved per transaction: one locked batch, one UPDATE, one multi-row history and outbox insert. */
const BATCH = 500;
const LEASE_TTL_MS = 2 * 60_000;
const SYSTEM: TransitionActor = { userId: null, username: 'number-pool-jobs' };

export interface JobReport {
  moved: number;
  /** False when another instance held the job's lease: it ran there. */
  ran: boolean;
}

/**
 * The jobs that give numbers back to the pool: reservations that expired, and numbers whose aging
 * ended. Each runs under a database lease (one instance at a time) in batches: lock the due rows
 * (others' locked rows skipped), one set-based UPDATE whose WHERE comes from the process
 * (`sourcesOf('available')`), and their history and ResourceStateChangeEvents in multi-row inserts.
 * A rerun, or a second instance, finds nothing left to move.
 */
@Injectable()
export class NumberPoolJobs {
  constructor(
    private readonly numbers: NumberResourceRepository,
    private readonly reservations: ReservationClosings,
    private readonly moves: NumberMoves,
    private readonly transitions: StateTransitionRecorder,
    private readonly lease: LeaseService,
    private readonly clock: Clock,
    private readonly db: Database,
  ) {}

  /** Expired reservations: their numbers are available again, the reservations `expired`. */
  expireReservations(): Promise<JobReport> {
    return this.returnToPool('number-reservations-expiry', 'reserved', 'reserved_until', 'reservation expired');
  }

  /** Numbers aged NUMBER_AGING_DAYS after their subscription ended: available again. */
  endAging(): Promise<JobReport> {
    return this.returnToPool('number-aging', 'aging', 'aging_until', 'aging ended');
  }

  private async returnToPool(
    job: string,
    from: Extract<NumberState, 'reserved' | 'aging'>,
    due: 'reserved_until' | 'aging_until',
    reason: string,
  ): Promise<JobReport> {
    // The table says which states a number returns to the pool from; this job moves one of them.
    const sources = numberProcess.sourcesOf('available').filter((state) => state === from);
    let moved = 0;
    const ran = await this.lease.runExclusive(job, LEASE_TTL_MS, async (lost) => {
      for (;;) {
        if (lost.aborted) return;
        const count = await this.db.transaction(async () => {
          const now = this.clock.now();
          const rows = await this.numbers.lockDue(from, due, now, BATCH);
          if (!rows.length) return 0;
          const ids = rows.map((row) => row.id);
          await this.numbers.moveMany(ids, sources, 'available', { ...UNHELD, statusDate: now, updatedAt: now });
          if (from === 'reserved') await this.reservations.close(ids, 'expired', now);
          const after = await this.numbers.findByIds(ids);
          await this.transitions.recordMany(
            numberProcess,
            after.map((row) => ({ resourceId: row.id, from, to: row.status, reason, resource: this.moves.view(row) })),
            SYSTEM,
          );
          return rows.length;
        });
        moved += count;
        if (count < BATCH) return;
      }
    });
    return { moved, ran };
  }
}
