import type { StoredCase } from '../case/support-case.repository.js';
import { caseRef } from '../case/case-ref.js';
import type { NormalizedCase, SourceName } from '../source/normalized-case.js';
import { fingerprintOf } from './case-fingerprint.js';
import type { Classifier } from './classify.js';
import type { MemberState } from './consolidate.js';
import { UNCLASSIFIED } from './normalize.js';

/** What one source's pull brings to a consolidation. */
export interface SourcePull {
  source: SourceName;
  cases: readonly NormalizedCase[];
  /** Every id the pull saw (malformed records with a readable id included). */
  seenIds: ReadonlySet<string>;
  /** A complete full sync: stored cases it did not see were deleted at the source. */
  deleteUnseen: boolean;
}

export interface SourceCounts {
  new: number;
  changed: number;
  unchanged: number;
  deleted: number;
  unclassified: number;
  /** Cases of the source held after the write. */
  total: number;
}

/**
 * A member during a consolidation. A stored case whose classification stands is its own member
 * (no copy: a refresh walks 100,000 of them); a changed or new one carries what arrived.
 */
export type Member = MemberState & { externalId: string; appliedRules: string; fingerprint: string; incoming?: NormalizedCase };

type Derived = Pick<StoredCase, 'provider' | 'errorCode' | 'ruleKey' | 'appliedRules'>;

export const sameDerived = (a: Derived, b: Derived) =>
  a.provider === b.provider && a.errorCode === b.errorCode && a.ruleKey === b.ruleKey && a.appliedRules === b.appliedRules;

export interface MergedPulls {
  /** Every case held after the pulls, by ref. */
  members: Map<string, Member>;
  perSource: Map<string, SourceCounts>;
  /** Stored cases a complete full sync did not see. */
  removedCaseIds: number[];
}

/**
 * The cases held once the pulls are applied to the stored ones: new and changed cases classified,
 * unchanged ones kept as they are, unseen ones dropped after a complete full sync. With
 * `reclassifyStored` (the rules changed since the stored classifications were made) every stored
 * case is classified again.
 */
export function mergePulls(
  stored: ReadonlyMap<string, StoredCase>,
  pulls: readonly SourcePull[],
  classifier: Classifier,
  reclassifyStored: boolean,
): MergedPulls {
  const members = new Map<string, Member>(stored);
  if (reclassifyStored) {
    for (const [ref, c] of stored) {
      const now = classifier.classify({ source: c.source, providerRaw: c.providerRaw, errorCodeRaw: c.errorCodeRaw });
      const next = { provider: now.provider, errorCode: now.errorCode, ruleKey: now.ruleKey, appliedRules: now.appliedRuleIds.join(',') };
      if (!sameDerived(c, next)) members.set(ref, { ...c, ...next });
    }
  }

  const perSource = new Map<string, SourceCounts>();
  const removedCaseIds: number[] = [];
  for (const pull of pulls) {
    const counts: SourceCounts = { new: 0, changed: 0, unchanged: 0, deleted: 0, unclassified: 0, total: 0 };
    for (const incoming of pull.cases) {
      const ref = caseRef(incoming.source, incoming.externalId);
      const classification = classifier.classify({
        source: incoming.source,
        providerRaw: incoming.provider,
        errorCodeRaw: incoming.errorCode,
      });
      if (classification.provider === UNCLASSIFIED || classification.errorCode === UNCLASSIFIED) counts.unclassified += 1;
      const fingerprint = fingerprintOf(incoming);
      const existing = stored.get(ref);
      if (existing && existing.fingerprint === fingerprint) {
        counts.unchanged += 1;
        continue;
      }
      if (existing) counts.changed += 1;
      else counts.new += 1;
      members.set(ref, {
        ref,
        source: incoming.source,
        externalId: incoming.externalId,
        provider: classification.provider,
        errorCode: classification.errorCode,
        ruleKey: classification.ruleKey,
        appliedRules: classification.appliedRuleIds.join(','),
        status: incoming.status,
        createdAt: incoming.createdAt,
        updatedAt: incoming.updatedAt,
        title: incoming.title,
        providerRaw: incoming.provider,
        errorCodeRaw: incoming.errorCode,
        fingerprint,
        incoming,
      });
    }
    if (pull.deleteUnseen) {
      for (const c of stored.values()) {
        if (c.source !== pull.source || pull.seenIds.has(c.externalId)) continue;
        members.delete(c.ref);
        removedCaseIds.push(c.id);
        counts.deleted += 1;
      }
    }
    perSource.set(pull.source, counts);
  }
  return { members, perSource, removedCaseIds };
}

/** Fills each source's `total`: its cases held after the write. */
export function countTotals(members: Iterable<Member>, perSource: Map<string, SourceCounts>): void {
  for (const member of members) {
    const counts = perSource.get(member.source);
    if (counts) counts.total += 1;
  }
}
