import { Injectable } from '@nestjs/common';
import { Database } from '@contactly/platform';
import { HubState } from './hub-state.entity.js';
import { SourceState } from './source-state.entity.js';

const STATE_ID = 1;

/** The hub's state row and the state of each source. */
@Injectable()
export class HubStateRepository {
  constructor(private readonly db: Database) {}

  /**
   * Starts a write of the consolidated view: bumps the revision, which locks the row until the
   * transaction ends, so refreshes, merges and splits never interleave (SQLite is serial anyway).
   * Returns the token of the previous write and, given one, records this write's.
   */
  async lockForWrite(writer?: string): Promise<string | null> {
    this.db.assertInTransaction('HubStateRepository.lockForWrite');
    const states = this.db.repository(HubState);
    await states
      .createQueryBuilder()
      .update(HubState)
      .set({ revision: () => 'revision + 1' })
      .where('id = :id', { id: STATE_ID })
      .execute();
    // Read after the lock is held, so this is the last committed writer (and the transaction's snapshot starts here).
    const { writer: previous } = await states.findOneByOrFail({ id: STATE_ID });
    if (writer) await states.update({ id: STATE_ID }, { writer });
    return previous;
  }

  async get(): Promise<HubState> {
    return this.db.repository(HubState).findOneByOrFail({ id: STATE_ID });
  }

  async markRefreshed(at: Date, runId: number): Promise<void> {
    await this.db.repository(HubState).update({ id: STATE_ID }, { lastRefreshedAt: at, lastRunId: runId });
  }

  sources(): Promise<SourceState[]> {
    return this.db.repository(SourceState).find({ order: { source: 'ASC' } });
  }

  async saveSource(state: SourceState): Promise<void> {
    await this.db.repository(SourceState).save(state);
  }
}
