import type { StoredAggregate } from '../src/aggregated-case/aggregated-case.repository.js';
import type { StoredCase } from '../src/case/support-case.repository.js';
import { fingerprintOf } from '../src/consolidation/case-fingerprint.js';
import { Classifier } from '../src/consolidation/classify.js';
import { aggregate } from '../src/consolidation/consolidate.js';
import { compileRules } from '../src/consolidation/grouping-rules.js';
import type { NormalizedCase } from '../src/source/normalized-case.js';

/** Builders for the unit tests of the pure consolidation. */
export const noRules = () => new Classifier(compileRules([]));

export function incomingCase(overrides: Partial<NormalizedCase> = {}): NormalizedCase {
  return {
    source: 'banana',
    externalId: 'BAN-1',
    provider: 'Vodafone',
    errorCode: 'E1101',
    status: 'open',
    sourceStatus: 'OPEN',
    title: 'SIM activation fails',
    description: '',
    customerRef: null,
    createdAt: new Date('2026-01-10T00:00:00.000Z'),
    updatedAt: new Date('2026-01-12T00:00:00.000Z'),
    ...overrides,
  };
}

/** A stored case as the given incoming case would have been stored, classified with `classifier`. */
export function storedCase(
  id: number,
  incoming: NormalizedCase,
  classifier = noRules(),
  aggregatedCaseId: number | null = null,
): StoredCase {
  const c = classifier.classify({ source: incoming.source, providerRaw: incoming.provider, errorCodeRaw: incoming.errorCode });
  return {
    id,
    ref: `${incoming.source}:${incoming.externalId}`,
    source: incoming.source,
    externalId: incoming.externalId,
    fingerprint: fingerprintOf(incoming),
    providerRaw: incoming.provider,
    errorCodeRaw: incoming.errorCode,
    provider: c.provider,
    errorCode: c.errorCode,
    ruleKey: c.ruleKey,
    appliedRules: c.appliedRuleIds.join(','),
    aggregatedCaseId,
    status: incoming.status,
    createdAt: incoming.createdAt,
    updatedAt: incoming.updatedAt,
    title: incoming.title,
  };
}

export const byRef = (cases: StoredCase[]) => new Map(cases.map((c) => [c.ref, c]));

/** The stored aggregated case of `members` (stored cases) under `key`. */
export function storedAggregate(id: number, key: string, members: StoredCase[], version = 1): StoredAggregate {
  return { id, groupKey: key, values: aggregate(key, members), version, createdAt: new Date('2026-01-01T00:00:00.000Z') };
}
