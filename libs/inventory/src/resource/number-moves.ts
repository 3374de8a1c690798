import { Injectable } from '@nestjs/common';
import { AppConfig, Database, StateTransitionRecorder, type TransitionActor } from '@contactly/platform';
import { numberProcess, type NumberState } from './number-process.js';
import type { NumberResource } from './number-resource.entity.js';
import { type NumberChanges, NumberResourceRepository } from './number-resource.repository.js';
import { notAvailable } from './number-errors.js';
import type { ResourceView } from './dto/resource.view.js';
import { toResourceView } from './resource.mapper.js';

/**
 * One number's move through the number process, in the caller's transaction: the process allows it
 * (409 INVALID_STATE_TRANSITION otherwise), a conditional UPDATE on the status read makes it (a
 * concurrent move wins or this one is 409 NUMBER_NOT_AVAILABLE), then its history row and
 * ResourceStateChangeEvent are recorded.
 */
@Injectable()
export class NumberMoves {
  constructor(
    private readonly numbers: NumberResourceRepository,
    private readonly transitions: StateTransitionRecorder,
    private readonly config: AppConfig,
    private readonly db: Database,
  ) {}

  /** Events and history name the resource by the public URL: a job has no request to take it from. */
  view(row: NumberResource, baseUrl = this.config.messageLinkBase): ResourceView {
    return toResourceView(row, baseUrl);
  }

  async move(
    row: NumberResource,
    to: NumberState,
    changes: NumberChanges,
    actor: TransitionActor,
    options: { reason?: string; holder?: { partyId: number }; event?: boolean } = {},
  ): Promise<NumberResource> {
    this.db.assertInTransaction('NumberMoves.move');
    numberProcess.assertAllowed(row.status, to, row.id);
    if (row.status === to) return row;
    if (!(await this.numbers.move(row.id, row.status, to, changes, options.holder)))
      throw notAvailable((await this.numbers.findById(row.id)) ?? row);
    const after = (await this.numbers.findById(row.id))!;
    await this.recordMoved(after, row.status, actor, options.reason ?? null, options.event);
    return after;
  }

  /** Records a move already made (by a claim's own conditional UPDATE): history and ResourceStateChangeEvent. */
  recordMoved(after: NumberResource, from: NumberState, actor: TransitionActor, reason: string | null, event?: boolean): Promise<void> {
    return this.recordMovedMany([{ after, reason }], from, actor, event);
  }

  /** Records moves already made of many numbers (a batch of claims), in multi-row inserts. */
  async recordMovedMany(
    moves: readonly { after: NumberResource; reason: string | null }[],
    from: NumberState,
    actor: TransitionActor,
    event?: boolean,
  ): Promise<void> {
    await this.transitions.recordMany(
      numberProcess,
      moves.map(({ after, reason }) => ({ resourceId: after.id, from, to: after.status, reason, resource: this.view(after) })),
      actor,
      { event },
    );
  }
}
