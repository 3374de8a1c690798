import { MOVED_REASON, type RecipientPlan } from './recipient-checks.js';

/**
 * What becomes of a recipient, in the words a sender thinks in: it goes when asked, goes later or on
 * another path (moved), or does not go (skipped). Both the send's counts and the dry run's come
 * from here, so they cannot disagree.
 */
export type RecipientOutcome = 'go' | 'moved' | 'skipped';

export const outcomeOf = (plan: RecipientPlan): RecipientOutcome =>
  plan.status === 'skipped' ? 'skipped' : plan.recorded?.code === MOVED_REASON ? 'moved' : 'go';

export interface OutcomeTotals {
  recipientCount: number;
  goCount: number;
  movedCount: number;
  skippedCount: number;
  /** Recipients who will get it: going when asked plus moved. */
  scheduledCount: number;
  skippedByReason: Record<string, number>;
  movedByReason: Record<string, number>;
}

export function totalsOf(plans: readonly RecipientPlan[]): OutcomeTotals {
  const totals: OutcomeTotals = {
    recipientCount: plans.length,
    goCount: 0,
    movedCount: 0,
    skippedCount: 0,
    scheduledCount: 0,
    skippedByReason: {},
    movedByReason: {},
  };
  for (const plan of plans) {
    const outcome = outcomeOf(plan);
    if (outcome === 'go') totals.goCount += 1;
    else {
      const byReason = outcome === 'moved' ? totals.movedByReason : totals.skippedByReason;
      byReason[plan.recorded!.code] = (byReason[plan.recorded!.code] ?? 0) + 1;
      if (outcome === 'moved') totals.movedCount += 1;
      else totals.skippedCount += 1;
    }
  }
  totals.scheduledCount = totals.goCount + totals.movedCount;
  return totals;
}
