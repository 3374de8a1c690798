import type { DerivedValues, StoredCase, SupportCaseRow } from '../case/support-case.repository.js';
import type { NormalizedCase } from '../source/normalized-case.js';
import type { Group } from './consolidate.js';
import { type Member, sameDerived } from './merge-pulls.js';

/** The case writes of a consolidation. */
export interface CaseWrites {
  /** New and changed cases, written whole. */
  rows: SupportCaseRow[];
  /** Stored cases whose group or labels moved: one update per distinct set of values. */
  regroupings: { values: DerivedValues; ids: number[] }[];
}

export function caseRow(member: Member, incoming: NormalizedCase, aggregatedCaseId: number | null, now: Date): SupportCaseRow {
  return {
    source: incoming.source,
    externalId: incoming.externalId,
    providerRaw: incoming.provider,
    errorCodeRaw: incoming.errorCode,
    provider: member.provider,
    errorCode: member.errorCode,
    status: incoming.status,
    sourceStatus: incoming.sourceStatus.slice(0, 20),
    title: incoming.title,
    description: incoming.description,
    customerRef: incoming.customerRef,
    createdAt: incoming.createdAt,
    updatedAt: incoming.updatedAt,
    ruleKey: member.ruleKey,
    appliedRules: member.appliedRules,
    aggregatedCaseId,
    fingerprint: member.fingerprint,
    firstFetchedAt: now,
    lastChangedAt: now,
  };
}

/** What to write of the cases once every group has its aggregated case id; untouched cases are left alone. */
export function caseWrites(
  groups: Iterable<Group<Member>>,
  stored: ReadonlyMap<string, StoredCase>,
  idsByKey: ReadonlyMap<string, number>,
  now: Date,
): CaseWrites {
  const rows: SupportCaseRow[] = [];
  const regroupings = new Map<string, { values: DerivedValues; ids: number[] }>();
  for (const group of groups) {
    const aggregatedCaseId = idsByKey.get(group.key) ?? null;
    for (const member of group.members) {
      if (member.incoming) {
        rows.push(caseRow(member, member.incoming, aggregatedCaseId, now));
        continue;
      }
      const before = stored.get(member.ref)!;
      if (before.aggregatedCaseId === aggregatedCaseId && sameDerived(before, member)) continue;
      const values: DerivedValues = {
        provider: member.provider,
        errorCode: member.errorCode,
        ruleKey: member.ruleKey,
        appliedRules: member.appliedRules,
        aggregatedCaseId,
      };
      const signature = JSON.stringify(values);
      const entry = regroupings.get(signature);
      if (entry) entry.ids.push(before.id);
      else regroupings.set(signature, { values, ids: [before.id] });
    }
  }
  return { rows, regroupings: [...regroupings.values()] };
}
