import { Module } from '@nestjs/common';
import { provideSettings } from '@contactly/platform';
import { CustomersModule } from '@contactly/customers';
import { AggregatedCaseController } from './aggregated-case/aggregated-case.controller.js';
import { AggregatedCaseRepository } from './aggregated-case/aggregated-case.repository.js';
import { AggregatedCaseRenameService } from './aggregated-case/aggregated-case-rename.service.js';
import { AggregatedCaseService } from './aggregated-case/aggregated-case.service.js';
import { CaseExplainer } from './case/case-explainer.js';
import { SupportCaseController } from './case/support-case.controller.js';
import { SupportCaseRepository } from './case/support-case.repository.js';
import { SupportCaseService } from './case/support-case.service.js';
import { CustomerOverviewCases } from './case/customer-overview-cases.js';
import { ConsolidationStore } from './consolidation/consolidation.store.js';
import { MergeSplitService } from './override/merge-split.service.js';
import { OverrideRepository } from './override/override.repository.js';
import { HubStateRepository } from './refresh/hub-state.repository.js';
import { RefreshExecutor } from './refresh/refresh-executor.js';
import { RefreshLease } from './refresh/refresh-lease.js';
import { RefreshRunRecorder } from './refresh/refresh-run-recorder.js';
import { RefreshRunRepository } from './refresh/refresh-run.repository.js';
import { RefreshController } from './refresh/refresh.controller.js';
import { RefreshScheduler } from './refresh/refresh.scheduler.js';
import { RefreshService } from './refresh/refresh.service.js';
import { SourcePuller } from './refresh/source-puller.js';
import { StatusService } from './refresh/status.service.js';
import { GroupingRuleController } from './rule/grouping-rule.controller.js';
import { GroupingRuleRepository } from './rule/grouping-rule.repository.js';
import { GroupingRuleService } from './rule/grouping-rule.service.js';
import { CrmSources } from './source/crm-sources.js';
import { SUPPORT_HUB_ACCESS } from './support-hub.access.js';
import { SupportHubSettings } from './support-hub.settings.js';

/**
 * The Support Aggregation Hub: pulls cases from the Banana and Strawberry CRMs, consolidates them
 * into aggregated cases by editable grouping rules plus agents' merges and splits, refreshes on a
 * schedule and on demand, and serves `/api/v1/support-hub`. Other modules may read a customer's
 * cases through SupportCaseService; a case's customer reference is resolved through CustomersModule.
 */
@Module({
  imports: [CustomersModule],
  controllers: [AggregatedCaseController, SupportCaseController, RefreshController, GroupingRuleController],
  providers: [
    provideSettings(SupportHubSettings),
    CrmSources,
    SupportCaseRepository,
    AggregatedCaseRepository,
    GroupingRuleRepository,
    OverrideRepository,
    HubStateRepository,
    RefreshRunRepository,
    ConsolidationStore,
    CaseExplainer,
    AggregatedCaseService,
    AggregatedCaseRenameService,
    SupportCaseService,
    CustomerOverviewCases,
    MergeSplitService,
    GroupingRuleService,
    RefreshLease,
    SourcePuller,
    RefreshRunRecorder,
    RefreshExecutor,
    RefreshService,
    RefreshScheduler,
    StatusService,
    ...SUPPORT_HUB_ACCESS,
  ],
  exports: [SupportCaseService, RefreshService],
})
export class SupportHubModule {}
