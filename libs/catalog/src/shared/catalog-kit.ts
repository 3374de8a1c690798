import { Injectable } from '@nestjs/common';
import { ChangeRecorder, Clock, Database, ReferenceHolders, StateTransitionRecorder } from '@contactly/platform';
import { CatalogEntryRepository } from './catalog-entry.repository.js';

/** What every catalog entry service writes with: one injectable, so each kind's constructor names only its own needs. */
@Injectable()
export class CatalogKit {
  constructor(
    readonly db: Database,
    readonly entries: CatalogEntryRepository,
    readonly changes: ChangeRecorder,
    readonly transitions: StateTransitionRecorder,
    readonly holders: ReferenceHolders,
    readonly clock: Clock,
  ) {}
}
