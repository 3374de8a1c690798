import type { EstimatedRecipient, SendEstimate, SendRequest } from '../sending/sending-types';
import { type ComposeDraft, sendRequestOf } from './compose-draft';

/** The name an estimate goes by until the mailing is named: the checks do not depend on it. */
const UNNAMED = 'Draft';

/**
 * The request to estimate: the send the draft describes, as soon as what the checks need is chosen
 * (the name may still be missing); null while something else is missing or wrong.
 */
export function estimateRequestOf(draft: ComposeDraft, now: Date, departmentRequired: boolean): SendRequest | null {
  const built = sendRequestOf({ ...draft, name: draft.name.trim() || UNNAMED }, now, { departmentRequired });
  return built.request ?? null;
}

/** The recipients who share an outcome and a reason: one line of the estimate, expandable to its list. */
export interface EstimateGroup {
  outcome: EstimatedRecipient['outcome'];
  /** The reason code (null for those who go as asked). */
  code: string | null;
  count: number;
  /** Those of them the estimate lists by name (the server lists the first 1,000 of all). */
  recipients: EstimatedRecipient[];
}

const ORDER: Record<EstimatedRecipient['outcome'], number> = { skipped: 0, moved: 1, go: 2 };

/** Skipped groups first (most recipients first), then moved, then those who go as asked. */
export function estimateGroups(estimate: SendEstimate): EstimateGroup[] {
  const groups = new Map<string, EstimateGroup>();
  const add = (outcome: EstimateGroup['outcome'], code: string | null, count: number) =>
    groups.set(`${outcome}:${code ?? ''}`, { outcome, code, count, recipients: [] });
  for (const [code, count] of Object.entries(estimate.skippedByReason)) add('skipped', code, count);
  for (const [code, count] of Object.entries(estimate.movedByReason)) add('moved', code, count);
  if (estimate.goCount) add('go', null, estimate.goCount);
  for (const recipient of estimate.recipients)
    groups.get(`${recipient.outcome}:${recipient.outcome === 'go' ? '' : (recipient.reason?.code ?? '')}`)?.recipients.push(recipient);
  return [...groups.values()].sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome] || b.count - a.count);
}

/** How many will get it (as asked or later) of how many were named. */
export const reachOf = (estimate: SendEstimate) => ({
  reached: estimate.goCount + estimate.movedCount,
  total: estimate.recipientCount,
});
