import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EnumField } from '@contactly/platform';

const BOOLEAN_TEXT = ['true', 'false'] as const;

/** `?force=true&full=true&wait=true` */
export class RefreshQuery {
  @EnumField(BOOLEAN_TEXT, {
    optional: true,
    description: 'Refresh even within SUPPORT_HUB_MIN_REFRESH_MINUTES of the last one (needs support-hub:force-refresh)',
  })
  force?: 'true' | 'false';
  @EnumField(BOOLEAN_TEXT, {
    optional: true,
    description: 'Pull every case from every source (a full sync, which also notices deleted cases) instead of what changed',
  })
  full?: 'true' | 'false';
  @EnumField(BOOLEAN_TEXT, { optional: true, description: 'Answer 200 with the finished run’s report instead of 202 as soon as it starts' })
  wait?: 'true' | 'false';
}

class FetchCountersView {
  @ApiProperty() pages: number;
  @ApiProperty({ description: 'Records received (duplicates and malformed ones included)' }) received: number;
  @ApiProperty({ description: 'Distinct usable cases so far' }) cases: number;
  @ApiProperty() malformed: number;
  @ApiProperty() unreadable: number;
  @ApiProperty() duplicates: number;
  @ApiProperty() requests: number;
  @ApiProperty() retries: number;
  @ApiProperty() timeouts: number;
  @ApiProperty() rateLimited: number;
  @ApiProperty() serverErrors: number;
  @ApiProperty() networkErrors: number;
  @ApiProperty() malformedResponses: number;
  @ApiProperty({ type: [String] }) samples: string[];
}

class SourceProgressView {
  @ApiProperty({ enum: ['waiting', 'pulling', 'done', 'failed', 'not-configured'] }) state: string;
  @ApiProperty({ enum: ['full', 'incremental'] }) mode: string;
  @ApiProperty({ type: FetchCountersView }) counters: FetchCountersView;
}

class ProgressBySourceView {
  @ApiPropertyOptional({ type: SourceProgressView }) banana?: SourceProgressView;
  @ApiPropertyOptional({ type: SourceProgressView }) strawberry?: SourceProgressView;
}

export class RunProgressView {
  @ApiProperty({ enum: ['pulling', 'consolidating', 'done'] }) phase: string;
  @ApiProperty({ type: ProgressBySourceView }) sources: ProgressBySourceView;
}

export class SourceRunView {
  @ApiProperty({ enum: ['banana', 'strawberry'] }) source: string;
  @ApiProperty({ enum: ['full', 'incremental'], description: 'A full sync also notices deleted cases' }) mode: string;
  @ApiProperty({ enum: ['succeeded', 'failed', 'not-configured'] }) status: string;
  @ApiProperty({ nullable: true, type: String, description: 'Incremental: cases updated since then were pulled' }) since: string | null;
  @ApiProperty({ description: 'Usable cases received, each once' }) fetched: number;
  @ApiProperty() new: number;
  @ApiProperty() changed: number;
  @ApiProperty() unchanged: number;
  @ApiProperty({ description: 'Gone from the CRM (full sync only)' }) deleted: number;
  @ApiProperty({ description: 'Records that could not be read, skipped' }) skippedMalformed: number;
  @ApiProperty({ description: 'The same case sent more than once, kept once' }) duplicates: number;
  @ApiProperty({ description: 'Cases without provider or error code (grouped under `unclassified`)' }) unclassified: number;
  @ApiProperty() pages: number;
  @ApiProperty() requests: number;
  @ApiProperty() retries: number;
  @ApiProperty() timeouts: number;
  @ApiProperty() rateLimited: number;
  @ApiProperty() serverErrors: number;
  @ApiProperty({ description: 'Bodies that were not valid JSON, retried' }) malformedResponses: number;
  @ApiProperty() durationMs: number;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why the source failed; its previous cases are kept' }) error: string | null;
  @ApiProperty() finishedAt: string;
}

class AggregatedChangesView {
  @ApiProperty() created: number;
  @ApiProperty() changed: number;
  @ApiProperty() closed: number;
  @ApiProperty() removed: number;
}

export class RefreshRunView {
  @ApiProperty({ example: 12 }) id: number;
  @ApiProperty({ example: 'https://api.example.com/api/v1/support-hub/refresh-runs/12' }) href: string;
  @ApiProperty({
    enum: ['running', 'succeeded', 'partial', 'failed'],
    description: 'partial: some sources failed (their previous cases are kept)',
  })
  status: string;
  @ApiProperty({ enum: ['scheduled', 'manual', 'forced'] }) trigger: string;
  @ApiProperty({ nullable: true, type: String }) requestedBy: string | null;
  @ApiProperty() startedAt: string;
  @ApiProperty({ nullable: true, type: String }) finishedAt: string | null;
  @ApiProperty({ nullable: true, type: Number }) durationMs: number | null;
  @ApiProperty({ nullable: true, type: String }) error: string | null;
  @ApiProperty({ type: AggregatedChangesView }) aggregated: AggregatedChangesView;
  @ApiProperty({ nullable: true, type: Number, description: 'Member cases after the run' }) caseCount: number | null;
  @ApiProperty({ nullable: true, type: Number }) aggregatedCount: number | null;
  @ApiProperty({ type: RunProgressView, nullable: true, description: 'While running' }) progress: RunProgressView | null;
  @ApiProperty({ type: [SourceRunView] }) sources: SourceRunView[];
  @ApiProperty({ description: 'This request joined a run already going on' }) joined?: boolean;
}

export class SourceStatusView {
  @ApiProperty({ enum: ['banana', 'strawberry'] }) source: string;
  @ApiProperty({ example: 'http://127.0.0.1:8301', nullable: true, type: String }) url: string | null;
  @ApiProperty() configured: boolean;
  @ApiProperty({ description: 'False after a failed pull, until one succeeds' }) healthy: boolean;
  @ApiProperty({ nullable: true, type: String }) lastSuccessAt: string | null;
  @ApiProperty({ nullable: true, type: String }) lastFailureAt: string | null;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty() consecutiveFailures: number;
  @ApiProperty({ nullable: true, type: String, description: 'The next incremental pull asks from here' }) watermark: string | null;
  @ApiProperty({ nullable: true, type: String }) lastFullSyncAt: string | null;
  @ApiProperty({ description: 'Cases held from this source' }) caseCount: number;
  @ApiProperty({ type: SourceRunView, nullable: true }) lastRun: SourceRunView | null;
}

export class HubStatusView {
  @ApiProperty({ nullable: true, type: String, description: 'When the last refresh in which a source succeeded finished' })
  lastRefreshedAt: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 1380, description: 'Age of the data in seconds' }) ageSeconds: number | null;
  @ApiProperty({ description: 'Older than the schedule interval (or never refreshed)' }) stale: boolean;
  @ApiProperty({ example: 4 }) refreshIntervalHours: number;
  @ApiProperty({ example: 15 }) minRefreshMinutes: number;
  @ApiProperty({ description: 'A person may refresh now (without force)' }) canRefresh: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'When a person may refresh next (null: now)' }) nextAllowedAt: string | null;
  @ApiProperty({ example: 0 }) retryAfterSeconds: number;
  @ApiProperty({ nullable: true, type: String, description: 'The next scheduled refresh (null when this instance does not schedule)' })
  nextScheduledAt: string | null;
  @ApiProperty({ type: RefreshRunView, nullable: true, description: 'The run going on, with progress counters' })
  inProgress: RefreshRunView | null;
  @ApiProperty({ type: [SourceStatusView] }) sources: SourceStatusView[];
  @ApiProperty({ type: [RefreshRunView], description: 'The latest runs, newest first' }) lastRuns: RefreshRunView[];
  @ApiProperty() aggregatedCaseCount: number;
  @ApiProperty() caseCount: number;
}
