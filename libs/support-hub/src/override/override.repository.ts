import { Injectable } from '@nestjs/common';
import { Database } from '@contactly/platform';
import { caseRef } from '../case/case-ref.js';
import type { Overrides } from '../consolidation/consolidate.js';
import { CaseSplit } from './case-split.entity.js';
import { GroupMerge } from './group-merge.entity.js';

/** Merges and splits people made: small tables, read whole by every consolidation. */
@Injectable()
export class OverrideRepository {
  constructor(private readonly db: Database) {}

  async load(): Promise<{ overrides: Overrides; merges: GroupMerge[]; splits: CaseSplit[] }> {
    const [merges, splits] = await Promise.all([
      this.db.repository(GroupMerge).find({ order: { id: 'ASC' } }),
      this.db.repository(CaseSplit).find({ order: { id: 'ASC' } }),
    ]);
    return {
      overrides: {
        merges: new Map(merges.map((m) => [m.fromKey, m.intoKey])),
        splits: new Map(splits.map((s) => [caseRef(s.source, s.externalId), s.groupKey])),
      },
      merges,
      splits,
    };
  }

  /** A group merged again replaces its earlier merge (one target per key). */
  async saveMerge(merge: Omit<GroupMerge, 'id'>): Promise<void> {
    const repo = this.db.repository(GroupMerge);
    await repo.delete({ fromKey: merge.fromKey });
    await repo.insert(merge);
  }

  /** A case split again leaves its earlier split group for the new one. */
  async saveSplits(splits: Omit<CaseSplit, 'id'>[]): Promise<void> {
    const repo = this.db.repository(CaseSplit);
    for (const split of splits) {
      await repo.delete({ source: split.source, externalId: split.externalId });
    }
    if (splits.length) await repo.insert(splits);
  }
}
