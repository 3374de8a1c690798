import type { StoredAggregate } from '../aggregated-case/aggregated-case.repository.js';
import type { StoredCase } from '../case/support-case.repository.js';
import type { AggregateChanges } from './aggregate-changes.js';
import type { Group } from './consolidate.js';
import type { Member } from './merge-pulls.js';

/**
 * The consolidated state as this instance last wrote it, valid while the state row's writer token
 * is the one it wrote: then a refresh need not read 100,000 cases back. Another instance's write (or
 * a rolled-back one) changes the token and the state is read from the database again.
 */
export interface Snapshot {
  token: string;
  /** The rules the stored classifications were made with (null: unknown). */
  rulesSignature: string | null;
  cases: ReadonlyMap<string, StoredCase>;
  aggregates: readonly StoredAggregate[];
  createdAt: number;
}

/** What a consolidation wrote, for its snapshot. */
export interface WrittenState {
  token: string;
  rulesSignature: string | null;
  /** The cases the consolidation started from. */
  stored: ReadonlyMap<string, StoredCase>;
  groups: ReadonlyMap<string, Group<Member>>;
  idsByKey: ReadonlyMap<string, number>;
  storedAggregates: readonly StoredAggregate[];
  changes: Pick<AggregateChanges, 'changed'>;
  now: Date;
}

/** The members that have no row id yet: cases the consolidation inserted. */
export function newMembers(groups: ReadonlyMap<string, Group<Member>>, stored: ReadonlyMap<string, StoredCase>): Member[] {
  const members: Member[] = [];
  for (const group of groups.values()) for (const member of group.members) if (!stored.has(member.ref)) members.push(member);
  return members;
}

/**
 * The state a consolidation leaves in the database, given the row ids of the cases it inserted;
 * undefined when one of them has no id (then the next write reads the database).
 */
export function snapshotOf(written: WrittenState, newIds: ReadonlyMap<string, number>, createdAt: number): Snapshot | undefined {
  const { stored, groups, idsByKey } = written;
  const cases = new Map<string, StoredCase>();
  for (const group of groups.values()) {
    const aggregatedCaseId = idsByKey.get(group.key) ?? null;
    for (const m of group.members) {
      const before = stored.get(m.ref);
      if (before && before === m && before.aggregatedCaseId === aggregatedCaseId) {
        cases.set(m.ref, before);
        continue;
      }
      const id = before?.id ?? newIds.get(m.ref);
      if (id === undefined) return undefined;
      cases.set(m.ref, {
        id,
        ref: m.ref,
        source: m.source,
        externalId: m.externalId,
        fingerprint: m.fingerprint,
        providerRaw: m.providerRaw,
        errorCodeRaw: m.errorCodeRaw,
        provider: m.provider,
        errorCode: m.errorCode,
        ruleKey: m.ruleKey,
        appliedRules: m.appliedRules,
        aggregatedCaseId,
        status: m.status,
        createdAt: m.createdAt,
        updatedAt: m.updatedAt,
        title: m.title,
      });
    }
  }
  const storedByKey = new Map(written.storedAggregates.map((a) => [a.groupKey, a]));
  const changedKeys = new Set(written.changes.changed.map((c) => c.group.key));
  const aggregates: StoredAggregate[] = [...groups.values()].map((group) => {
    const before = storedByKey.get(group.key);
    return {
      id: idsByKey.get(group.key)!,
      groupKey: group.key,
      values: group.values,
      version: !before ? 1 : changedKeys.has(group.key) ? before.version + 1 : before.version,
      createdAt: before?.createdAt ?? written.now,
    };
  });
  return { token: written.token, rulesSignature: written.rulesSignature, cases, aggregates, createdAt };
}
