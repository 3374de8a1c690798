import { keyPartsOf } from './classify.js';
import { searchTextOf } from './normalize.js';

export type CaseStatus = 'open' | 'closed';
export const CASE_STATUSES: readonly CaseStatus[] = ['open', 'closed'];

/** What consolidation needs of one member case. */
export interface MemberState {
  /** `source:externalId`, the case's identity across refreshes. */
  ref: string;
  source: string;
  provider: string;
  errorCode: string;
  /** The key the grouping rules give it. */
  ruleKey: string;
  status: CaseStatus;
  createdAt: Date;
  updatedAt: Date;
  title: string;
  providerRaw: string | null;
  errorCodeRaw: string | null;
}

/** What people decided, applied after the rules: they stick across refreshes. */
export interface Overrides {
  /** Case ref → the key of the group it was split into. */
  splits: ReadonlyMap<string, string>;
  /** Group key → the key of the group it was merged into. */
  merges: ReadonlyMap<string, string>;
}

export const NO_OVERRIDES: Overrides = { splits: new Map(), merges: new Map() };

export type KeyOrigin = 'rules' | 'split' | 'merge';

/** Follows merges (A into B, B into C: A is in C); a cycle stops where it would repeat. */
export function resolveMerges(key: string, merges: ReadonlyMap<string, string>): string {
  let current = key;
  const seen = new Set<string>([current]);
  for (let next = merges.get(current); next !== undefined && !seen.has(next); next = merges.get(current)) {
    current = next;
    seen.add(current);
  }
  return current;
}

/** The group a case is in: its rules key, unless it was split out; then wherever merges lead. */
export function effectiveKeyOf(member: Pick<MemberState, 'ref' | 'ruleKey'>, overrides: Overrides): { key: string; origin: KeyOrigin } {
  const split = overrides.splits.get(member.ref);
  const start = split ?? member.ruleKey;
  const key = resolveMerges(start, overrides.merges);
  return { key, origin: key !== start ? 'merge' : split !== undefined ? 'split' : 'rules' };
}

/** The attributes of an aggregated case, all derived from its members. */
export interface AggregateValues {
  provider: string;
  errorCode: string;
  /** Open while any member is open. */
  status: CaseStatus;
  caseCount: number;
  openCount: number;
  sources: string[];
  firstSeen: Date;
  lastSeen: Date;
  /** The title of the most recently updated member. */
  title: string;
  /** Lower-cased provider, code, their raw spellings and member titles, for `q`. */
  searchText: string;
}

export const SEARCH_TEXT_MAX = 2000;

function mostCommon(values: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = '';
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Aggregates the members of one group. Provider and error code come from the group's key when it
 * names them (a merged group keeps its target's identity), else from most members. Deterministic:
 * the same members give the same values whatever their order, so unchanged groups are not rewritten.
 */
export function aggregate(key: string, members: readonly MemberState[]): AggregateValues {
  if (!members.length) throw new Error('an aggregated case has at least one member');
  const parts = keyPartsOf(key);
  let openCount = 0;
  let firstSeen = members[0].createdAt.getTime();
  let latest = members[0];
  const sources = new Set<string>();
  const spellings = new Set<string>();
  const titles = new Set<string>();
  for (const member of members) {
    if (member.status === 'open') openCount += 1;
    firstSeen = Math.min(firstSeen, member.createdAt.getTime());
    const updated = member.updatedAt.getTime();
    const latestUpdated = latest.updatedAt.getTime();
    if (updated > latestUpdated || (updated === latestUpdated && member.ref > latest.ref)) latest = member;
    sources.add(member.source);
    if (member.providerRaw) spellings.add(member.providerRaw);
    if (member.errorCodeRaw) spellings.add(member.errorCodeRaw);
    titles.add(member.title);
  }
  const provider = parts.provider ?? mostCommon(members.map((m) => m.provider));
  const errorCode = parts.errorCode ?? mostCommon(members.map((m) => m.errorCode));
  let searchText = searchTextOf(`${provider} ${errorCode}`);
  for (const text of [...[...spellings].sort(), ...[...titles].sort()]) {
    const next = `${searchText} ${searchTextOf(text)}`;
    if (next.length > SEARCH_TEXT_MAX) break;
    searchText = next;
  }
  return {
    provider,
    errorCode,
    status: openCount > 0 ? 'open' : 'closed',
    caseCount: members.length,
    openCount,
    sources: [...sources].sort(),
    firstSeen: new Date(firstSeen),
    lastSeen: latest.updatedAt,
    title: latest.title,
    searchText,
  };
}

export interface Group<M extends MemberState = MemberState> {
  key: string;
  members: M[];
  values: AggregateValues;
}

/** Groups member cases by their effective key (see effectiveKeyOf) and aggregates each group. */
export function consolidate<M extends MemberState>(members: Iterable<M>, overrides: Overrides): Map<string, Group<M>> {
  const byKey = new Map<string, M[]>();
  // Many members share a rules key: follow its merges once.
  const resolved = new Map<string, string>();
  for (const member of members) {
    const start = overrides.splits.get(member.ref) ?? member.ruleKey;
    let key = resolved.get(start);
    if (key === undefined) {
      key = overrides.merges.size ? resolveMerges(start, overrides.merges) : start;
      resolved.set(start, key);
    }
    const list = byKey.get(key);
    if (list) list.push(member);
    else byKey.set(key, [member]);
  }
  const groups = new Map<string, Group<M>>();
  for (const [key, list] of byKey) groups.set(key, { key, members: list, values: aggregate(key, list) });
  return groups;
}

/** Whether two aggregates differ in anything a reader sees. */
export function sameValues(a: AggregateValues, b: AggregateValues): boolean {
  return (
    a.provider === b.provider &&
    a.errorCode === b.errorCode &&
    a.status === b.status &&
    a.caseCount === b.caseCount &&
    a.openCount === b.openCount &&
    a.sources.join() === b.sources.join() &&
    a.firstSeen.getTime() === b.firstSeen.getTime() &&
    a.lastSeen.getTime() === b.lastSeen.getTime() &&
    a.title === b.title &&
    a.searchText === b.searchText
  );
}
