import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock.js';
import { bulkInsert } from '../database/bulk-insert.js';
import { Database } from '../database/database.js';
import { EventRecorder } from '../events/event-recorder.js';
import { eventNames } from '../events/tmf-event-names.js';
import { StateHistoryEntry } from './state-history.entity.js';
import type { StateMachine } from './state-machine.js';

/** Who moved a record: a principal (`userId`, `username`), or the system under a name (`userId: null`). */
export interface TransitionActor {
  userId: number | null;
  username: string;
}

export interface StateTransition<S extends string> {
  resourceId: string | number;
  from: S;
  to: S;
  reason?: string | null;
  /** The resource after the move: the body of its `…StateChangeEvent`. */
  resource: unknown;
}

export interface RecordOptions {
  /**
   * Whether to record the `…StateChangeEvent` too (default yes). No when the write's ChangeRecorder
   * call records its state change event already.
   */
  event?: boolean;
}

/**
 * Records moves that were made, in the transaction that made them: a history row each and the
 * process's `…StateChangeEvent` in the outbox. A move to the same state records nothing. It does not
 * check the moves: the process did, before the write (`assertMove`, or `sourcesOf` in its WHERE).
 */
@Injectable()
export class StateTransitionRecorder {
  constructor(
    private readonly db: Database,
    private readonly events: EventRecorder,
    private readonly clock: Clock,
  ) {}

  record<S extends string>(
    process: StateMachine<S, unknown>,
    transition: StateTransition<S>,
    actor: TransitionActor,
    options?: RecordOptions,
  ): Promise<void> {
    return this.recordMany(process, [transition], actor, options);
  }

  /** A batch's moves in multi-row inserts (a dispatcher's thousand sends). */
  async recordMany<S extends string>(
    process: StateMachine<S, unknown>,
    transitions: readonly StateTransition<S>[],
    actor: TransitionActor,
    options: RecordOptions = {},
  ): Promise<void> {
    this.db.assertInTransaction('StateTransitionRecorder.recordMany');
    const moves = transitions.filter((t) => t.from !== t.to);
    if (!moves.length) return;
    const occurredAt = this.clock.now();
    const actorId = actor.userId !== null && actor.userId > 0 ? actor.userId : null;
    await bulkInsert<StateHistoryEntry>(
      this.db.manager,
      StateHistoryEntry,
      moves.map((move) => ({
        process: process.name,
        resourceId: String(move.resourceId),
        fromState: move.from,
        toState: move.to,
        actorId,
        actorName: actor.username.slice(0, 100),
        reason: move.reason ? move.reason.slice(0, 500) : null,
        occurredAt,
      })),
    );
    if (options.event === false) return;
    const eventType = eventNames(process.resource).stateChanged;
    await this.events.recordMany(
      moves.map((move) => ({ eventType, resourceType: process.name, resourceId: move.resourceId, resource: move.resource })),
    );
  }
}
