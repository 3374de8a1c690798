import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@contactly/platform';
import { SupportHubSettings } from '../support-hub.settings.js';
import { CrmSources } from '../source/crm-sources.js';
import { emptyCounters } from '../source/vendor-http.js';
import { HubStateRepository } from './hub-state.repository.js';
import type { RunProgress } from './refresh-report.js';
import { planSync, type SourceOutcome, type SourcePlan } from './sync-plan.js';

/**
 * Pulls the CRM sources of a run, each on its own and all at once: one failing is an outcome, not an
 * error, so the others' cases still count. Paging and retries are the adapters' (see vendor-http);
 * this decides each source's sync mode and cursor and keeps the run's live counters.
 */
@Injectable()
export class SourcePuller {
  private readonly logger = new Logger(SourcePuller.name);

  constructor(
    private readonly settings: SupportHubSettings,
    private readonly clock: Clock,
    private readonly state: HubStateRepository,
    private readonly sources: CrmSources,
  ) {}

  /** A plan for every source, configured or not; each gets its entry in the run's progress. */
  async plan(forceFull: boolean, progress: RunProgress): Promise<SourcePlan[]> {
    const states = new Map((await this.state.sources()).map((s) => [s.source, s]));
    const nowMs = this.clock.nowMs();
    const plans = this.sources.all.map((adapter) => planSync(adapter, states.get(adapter.name), forceFull, this.settings, nowMs));
    for (const plan of plans) {
      progress.sources[plan.adapter.name] = {
        state: plan.adapter.baseUrl ? 'waiting' : 'not-configured',
        mode: plan.mode,
        counters: emptyCounters(),
      };
    }
    return plans;
  }

  /** Pulls the configured sources of the plans. */
  pullAll(plans: readonly SourcePlan[], progress: RunProgress, signal: AbortSignal): Promise<SourceOutcome[]> {
    return Promise.all(plans.filter((p) => p.adapter.baseUrl).map((plan) => this.pull(plan, progress, signal)));
  }

  private async pull(plan: SourcePlan, progress: RunProgress, signal: AbortSignal): Promise<SourceOutcome> {
    const entry = progress.sources[plan.adapter.name];
    entry.state = 'pulling';
    const startedAt = this.clock.now();
    const startedMs = Date.now();
    try {
      const result = await plan.adapter.pull({ since: plan.since, signal, counters: entry.counters });
      entry.state = 'done';
      return { ...plan, ok: true, result, counters: entry.counters, startedAt, durationMs: Date.now() - startedMs };
    } catch (error) {
      entry.state = 'failed';
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`${plan.adapter.label} could not be pulled: ${message}`);
      return { ...plan, ok: false, error: message, counters: entry.counters, startedAt, durationMs: Date.now() - startedMs };
    }
  }
}
