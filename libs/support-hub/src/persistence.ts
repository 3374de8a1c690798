import type { LibPersistence } from '@contactly/platform';
import { AggregatedCase } from './aggregated-case/aggregated-case.entity.js';
import { SupportCase } from './case/support-case.entity.js';
import { SupportHubTables1764000004000 } from './migrations/1764000004000-support-hub-tables.js';
import { AggregatedCaseName1764000008400 } from './migrations/1764000008400-aggregated-case-name.js';
import { CaseSplit } from './override/case-split.entity.js';
import { GroupMerge } from './override/group-merge.entity.js';
import { HubState } from './refresh/hub-state.entity.js';
import { RefreshRun } from './refresh/refresh-run.entity.js';
import { RefreshSourceRun } from './refresh/refresh-source-run.entity.js';
import { SourceState } from './refresh/source-state.entity.js';
import { GroupingRule } from './rule/grouping-rule.entity.js';

/**
 * The support hub's entities and migrations, for the app's data source (and its tests) only. A separate
 * entry (`@contactly/support-hub/persistence`) that dependency-cruiser lets only the app composition, scripts, benchmarks and
 * tests import: no other lib gets these entity classes to query the support hub's tables with.
 */
export const SUPPORT_HUB_PERSISTENCE: LibPersistence = {
  entities: [AggregatedCase, SupportCase, GroupingRule, GroupMerge, CaseSplit, RefreshRun, RefreshSourceRun, SourceState, HubState],
  migrations: [SupportHubTables1764000004000, AggregatedCaseName1764000008400],
};
