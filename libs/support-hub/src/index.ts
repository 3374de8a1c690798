import type { LibPersistence } from '@contactly/platform';
import { AggregatedCase } from './aggregated-case/aggregated-case.entity.js';
import { SupportCase } from './case/support-case.entity.js';
import { SupportHubTables1764000004000 } from './migrations/1764000004000-support-hub-tables.js';
import { CaseSplit } from './override/case-split.entity.js';
import { GroupMerge } from './override/group-merge.entity.js';
import { HubState } from './refresh/hub-state.entity.js';
import { RefreshRun } from './refresh/refresh-run.entity.js';
import { RefreshSourceRun } from './refresh/refresh-source-run.entity.js';
import { SourceState } from './refresh/source-state.entity.js';
import { GroupingRule } from './rule/grouping-rule.entity.js';

export { SupportHubModule } from './support-hub.module.js';
export { SupportCaseService } from './case/support-case.service.js';
export { RefreshService } from './refresh/refresh.service.js';
export { SUPPORT_HUB_API } from './support-hub-paths.js';

/** For the app's data source only: the support hub's tables are read and written through its services. */
export const SUPPORT_HUB_PERSISTENCE: LibPersistence = {
  entities: [AggregatedCase, SupportCase, GroupingRule, GroupMerge, CaseSplit, RefreshRun, RefreshSourceRun, SourceState, HubState],
  migrations: [SupportHubTables1764000004000],
};
export { SupportHubSettings } from './support-hub.settings.js';
export { SUPPORT_HUB_PERMISSIONS } from './support-hub.permissions.js';
export { SUPPORT_HUB_ERRORS, type SupportHubErrorCode } from './support-hub-errors.js';
