import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Database, EventRecorder, eventNames } from '@contactly/platform';
import { SupportHubSettings } from '../support-hub.settings.js';
import { AggregatedCaseRepository, type AggregatedCaseRow, type StoredAggregate } from '../aggregated-case/aggregated-case.repository.js';
import { type DerivedValues, type StoredCase, SupportCaseRepository, type SupportCaseRow } from '../case/support-case.repository.js';
import { caseRef, OverrideRepository } from '../override/override.repository.js';
import { HubStateRepository } from '../refresh/hub-state.repository.js';
import { GroupingRuleRepository } from '../rule/grouping-rule.repository.js';
import type { NormalizedCase, SourceName } from '../source/normalized-case.js';
import { Classifier } from './classify.js';
import { type AggregateValues, consolidate, type Group, type MemberState, sameValues } from './consolidate.js';
import { compileRules, type GroupingRules, type RuleRecord } from './grouping-rules.js';
import { UNCLASSIFIED } from './normalize.js';

export const AGGREGATED_CASE_RESOURCE = 'AggregatedCase';
export const AGGREGATED_CASE_TYPE = 'aggregatedCase';

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

export interface ConsolidationResult {
  perSource: Map<string, SourceCounts>;
  aggregated: { created: number; changed: number; closed: number; removed: number };
  caseCount: number;
  aggregatedCount: number;
  /** Group key → aggregated case id, after the write. */
  idsByKey: Map<string, number>;
}

/**
 * A member during a consolidation. A stored case whose classification stands is its own member
 * (no copy: a refresh walks 100,000 of them); a changed or new one carries what arrived.
 */
type Member = MemberState & { externalId: string; appliedRules: string; fingerprint: string; incoming?: NormalizedCase };

/**
 * The consolidated state as this instance last wrote it, valid while the state row's writer token
 * is the one it wrote: then a refresh need not read 100,000 cases back. Another instance's write (or
 * a rolled-back one) changes the token and the state is read from the database again.
 */
interface Snapshot {
  token: string;
  /** The rules the stored classifications were made with (null: unknown). */
  rulesSignature: string | null;
  cases: ReadonlyMap<string, StoredCase>;
  aggregates: readonly StoredAggregate[];
  createdAt: number;
}

/** A snapshot is dropped after this long, at least (caches are TTL-bounded); the next write reads the database. */
const SNAPSHOT_MIN_TTL_MS = 60 * 60_000;
/** Beyond this many new cases, their ids are read back in one scan rather than looked up. */
const SNAPSHOT_BULK_IDS = 5_000;

const sameDerived = (a: Pick<StoredCase, 'provider' | 'errorCode' | 'ruleKey' | 'appliedRules'>, b: Pick<StoredCase, 'provider' | 'errorCode' | 'ruleKey' | 'appliedRules'>) =>
  a.provider === b.provider && a.errorCode === b.errorCode && a.ruleKey === b.ruleKey && a.appliedRules === b.appliedRules;

/** Hash of what a vendor says about a case: when it is unchanged, the row is not rewritten. */
export function fingerprintOf(c: NormalizedCase): string {
  return createHash('sha1')
    .update(JSON.stringify([c.provider, c.errorCode, c.status, c.sourceStatus, c.title, c.description, c.customerRef, c.createdAt.getTime(), c.updatedAt.getTime()]))
    .digest('base64url')
    .slice(0, 27);
}

export const toRuleRecord = (rule: RuleRecord): RuleRecord => ({ id: rule.id, kind: rule.kind, pattern: rule.pattern, replacement: rule.replacement, position: rule.position, enabled: rule.enabled });

/** The event snapshot of an aggregated case. */
export function aggregatedSnapshot(id: number, groupKey: string, values: AggregateValues) {
  return {
    id,
    groupKey,
    provider: values.provider,
    errorCode: values.errorCode,
    status: values.status,
    caseCount: values.caseCount,
    openCount: values.openCount,
    sources: values.sources,
    firstSeen: values.firstSeen.toISOString(),
    lastSeen: values.lastSeen.toISOString(),
    title: values.title,
  };
}

const parseRuleIds = (text: string) => (text ? text.split(',').map(Number) : []);

/**
 * Writes the consolidated view: applies what the sources sent, groups every case (rules, then
 * splits, then merges), and writes only what changed — multi-row upserts, one update per distinct
 * set of derived values, deletes by id lists — plus one outbox event per aggregated case created,
 * changed, closed or removed. Runs inside the caller's transaction and first locks the hub's state
 * row, so readers see the whole new view or the old one, never a mix. Keeps what it wrote in memory
 * (see Snapshot), so the next refresh on this instance reads only what the CRMs changed.
 */
@Injectable()
export class ConsolidationStore implements OnModuleDestroy {
  private readonly logger = new Logger(ConsolidationStore.name);
  private snapshots: Snapshot[] = [];
  private expiry: NodeJS.Timeout | undefined;
  private readonly snapshotTtlMs: number;

  constructor(
    private readonly db: Database,
    private readonly state: HubStateRepository,
    private readonly rules: GroupingRuleRepository,
    private readonly overrides: OverrideRepository,
    private readonly cases: SupportCaseRepository,
    private readonly aggregates: AggregatedCaseRepository,
    private readonly events: EventRecorder,
    settings: SupportHubSettings,
  ) {
    // Long enough for the next scheduled refresh to find it.
    this.snapshotTtlMs = Math.min(2 ** 31 - 1, Math.max(SNAPSHOT_MIN_TTL_MS, settings.refreshHours * 3_600_000 * 1.25));
  }

  async currentRules(): Promise<GroupingRules> {
    return compileRules((await this.rules.all()).map(toRuleRecord));
  }

  /**
   * `reclassify`: apply the grouping rules in force to every case (a refresh); without it, stored
   * classifications stay and only overrides move cases (a merge or split is not a rules change).
   */
  async apply(pulls: readonly SourcePull[], options: { reclassify: boolean; now: Date }): Promise<ConsolidationResult> {
    this.db.assertInTransaction('ConsolidationStore.apply');
    const startedMs = performance.now();
    const token = randomUUID();
    const previousWriter = await this.state.lockForWrite(token);
    const ruleRecords = (await this.rules.all()).map(toRuleRecord);
    const rulesSignature = JSON.stringify(ruleRecords.filter((r) => r.enabled));
    const classifier = new Classifier(compileRules(ruleRecords));
    const { overrides } = await this.overrides.load();
    const snapshot = this.snapshotFor(previousWriter);
    const stored: ReadonlyMap<string, StoredCase> = snapshot ? snapshot.cases : new Map((await this.cases.loadAll()).map((c) => [c.ref, c]));
    const storedAggregates = snapshot ? snapshot.aggregates : await this.aggregates.loadAll();
    const loadedMs = performance.now();

    // Stored classifications stand when they were made with the rules in force.
    const members = new Map<string, Member>(stored);
    if (options.reclassify && snapshot?.rulesSignature !== rulesSignature) {
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
        const classification = classifier.classify({ source: incoming.source, providerRaw: incoming.provider, errorCodeRaw: incoming.errorCode });
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

    const groups = consolidate(members.values(), overrides);
    const storedByKey = new Map(storedAggregates.map((a) => [a.groupKey, a]));
    const created: Group<Member>[] = [];
    const changed: { before: StoredAggregate; group: Group<Member> }[] = [];
    const upserts: AggregatedCaseRow[] = [];
    for (const group of groups.values()) {
      const before = storedByKey.get(group.key);
      if (!before) {
        created.push(group);
        upserts.push(this.aggregateRow(group, 1, options.now, options.now));
      } else if (!sameValues(before.values, group.values)) {
        changed.push({ before, group });
        upserts.push(this.aggregateRow(group, before.version + 1, before.createdAt, options.now));
      }
    }
    const removedAggregates = storedAggregates.filter((a) => !groups.has(a.groupKey));
    await this.aggregates.upsert(upserts);
    const idsByKey = new Map(storedAggregates.filter((a) => groups.has(a.groupKey)).map((a) => [a.groupKey, a.id]));
    for (const [key, id] of await this.aggregates.idsByKeys(created.map((g) => g.key))) idsByKey.set(key, id);

    // New and changed cases are written whole; the others only where their group or labels moved.
    const rows: SupportCaseRow[] = [];
    const derived = new Map<string, { values: DerivedValues; ids: number[] }>();
    for (const group of groups.values()) {
      const aggregatedCaseId = idsByKey.get(group.key) ?? null;
      for (const member of group.members) {
        if (member.incoming) {
          rows.push(this.caseRow(member, member.incoming, aggregatedCaseId, options.now));
          continue;
        }
        const before = stored.get(member.ref)!;
        if (before.aggregatedCaseId === aggregatedCaseId && sameDerived(before, member)) continue;
        const values: DerivedValues = { provider: member.provider, errorCode: member.errorCode, ruleKey: member.ruleKey, appliedRules: member.appliedRules, aggregatedCaseId };
        const signature = JSON.stringify(values);
        const entry = derived.get(signature);
        if (entry) entry.ids.push(before.id);
        else derived.set(signature, { values, ids: [before.id] });
      }
    }
    await this.cases.upsert(rows);
    for (const { values, ids } of derived.values()) await this.cases.updateDerived(ids, values);
    await this.cases.deleteByIds(removedCaseIds);
    await this.aggregates.deleteByIds(removedAggregates.map((a) => a.id));
    const writtenMs = performance.now();

    const names = eventNames(AGGREGATED_CASE_RESOURCE);
    let closed = 0;
    for (const group of created) {
      const id = idsByKey.get(group.key)!;
      await this.events.record({ eventType: names.created, resourceType: AGGREGATED_CASE_TYPE, resourceId: id, resource: aggregatedSnapshot(id, group.key, group.values) });
    }
    for (const { before, group } of changed) {
      const stateChanged = before.values.status !== group.values.status;
      if (stateChanged && group.values.status === 'closed') closed += 1;
      await this.events.record({
        eventType: stateChanged ? names.stateChanged : names.attributeChanged,
        resourceType: AGGREGATED_CASE_TYPE,
        resourceId: before.id,
        resource: aggregatedSnapshot(before.id, group.key, group.values),
      });
    }
    for (const removed of removedAggregates) {
      await this.events.record({ eventType: names.deleted, resourceType: AGGREGATED_CASE_TYPE, resourceId: removed.id, resource: aggregatedSnapshot(removed.id, removed.groupKey, removed.values) });
    }

    await this.remember(token, options.reclassify ? rulesSignature : (snapshot?.rulesSignature ?? null), snapshot, stored, groups, idsByKey, storedByKey, new Set(changed.map((c) => c.group.key)), options.now);
    for (const member of members.values()) {
      const counts = perSource.get(member.source);
      if (counts) counts.total += 1;
    }
    this.logger.debug(
      `Consolidated ${members.size} cases into ${groups.size} groups in ${Math.round(performance.now() - startedMs)} ms (read ${snapshot ? 'from memory' : 'from the database'} in ${Math.round(loadedMs - startedMs)} ms; wrote ${rows.length} cases, ${derived.size} regroupings and ${upserts.length} groups by ${Math.round(writtenMs - startedMs)} ms)`,
    );
    return {
      perSource,
      aggregated: { created: created.length, changed: changed.length, closed, removed: removedAggregates.length },
      caseCount: members.size,
      aggregatedCount: groups.size,
      idsByKey,
    };
  }

  onModuleDestroy(): void {
    this.forget();
  }

  /** The snapshot this instance wrote last, if the state row says it is still the current state. */
  private snapshotFor(writer: string | null): Snapshot | undefined {
    return this.snapshots.find((s) => s.token === writer && Date.now() - s.createdAt < this.snapshotTtlMs);
  }

  /**
   * Keeps what this write leaves in the database, under its token. The snapshot this write started
   * from is kept too: if the transaction rolls back, it is still the current state.
   */
  private async remember(
    token: string,
    rulesSignature: string | null,
    previous: Snapshot | undefined,
    stored: ReadonlyMap<string, StoredCase>,
    groups: Map<string, Group<Member>>,
    idsByKey: Map<string, number>,
    storedByKey: Map<string, StoredAggregate>,
    changedKeys: Set<string>,
    now: Date,
  ): Promise<void> {
    const newRefs: Member[] = [];
    for (const group of groups.values()) for (const member of group.members) if (!stored.has(member.ref)) newRefs.push(member);
    // Many new cases (a first pull): one scan of the ids is cheaper than looking each up.
    const newIds = newRefs.length > SNAPSHOT_BULK_IDS ? await this.cases.allIds() : await this.cases.idsOf(newRefs);
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
        if (id === undefined) {
          this.forget();
          return;
        }
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
    const aggregates: StoredAggregate[] = [...groups.values()].map((group) => {
      const before = storedByKey.get(group.key);
      return {
        id: idsByKey.get(group.key)!,
        groupKey: group.key,
        values: group.values,
        version: !before ? 1 : changedKeys.has(group.key) ? before.version + 1 : before.version,
        createdAt: before?.createdAt ?? now,
      };
    });
    this.snapshots = [...(previous ? [previous] : []), { token, rulesSignature, cases, aggregates, createdAt: Date.now() }];
    clearTimeout(this.expiry);
    this.expiry = setTimeout(() => this.forget(), this.snapshotTtlMs);
    this.expiry.unref();
  }

  private forget(): void {
    this.snapshots = [];
    clearTimeout(this.expiry);
  }

  private aggregateRow(group: Group, version: number, createdAt: Date, now: Date): AggregatedCaseRow {
    const v = group.values;
    return {
      groupKey: group.key,
      provider: v.provider,
      errorCode: v.errorCode,
      status: v.status,
      caseCount: v.caseCount,
      openCount: v.openCount,
      sources: v.sources.join(','),
      firstSeen: v.firstSeen,
      lastSeen: v.lastSeen,
      title: v.title,
      searchText: v.searchText,
      version,
      createdAt,
      updatedAt: now,
    };
  }

  private caseRow(member: Member, incoming: NormalizedCase, aggregatedCaseId: number | null, now: Date): SupportCaseRow {
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
}
