import { Injectable } from '@nestjs/common';
import { Database } from '../database/database.js';
import { StateHistoryEntry } from './state-history.entity.js';

@Injectable()
export class StateHistoryRepository {
  constructor(private readonly db: Database) {}

  /** The moves of one record through a process, oldest first. */
  historyOf(process: string, resourceId: string | number): Promise<StateHistoryEntry[]> {
    return this.db.repository(StateHistoryEntry).find({ where: { process, resourceId: String(resourceId) }, order: { id: 'ASC' } });
  }
}
