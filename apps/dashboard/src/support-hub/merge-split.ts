/** The server keeps at most this much of a reason (merge and split alike). */
export const REASON_MAX = 500;

/** What is wrong with a reason as typed, or null: merges and splits are audited with it, so it is required. */
export function reasonProblem(reason: string): string | null {
  if (!reason.trim()) return 'Say why: the reason is kept in the audit trail.';
  if (reason.trim().length > REASON_MAX) return `At most ${REASON_MAX} characters.`;
  return null;
}

/** Why the chosen members cannot be split out, or null when they can. */
export function splitProblem(selected: number, caseCount: number): string | null {
  if (selected === 0) return 'Choose the cases to split out.';
  if (selected >= caseCount) return 'At least one case must stay behind; to move them all, merge instead.';
  return null;
}

/** The selection after ticking or unticking one member. */
export function toggled(selected: ReadonlySet<number>, id: number): Set<number> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** The selection after the "all on this page" box: all of them, or none when all were chosen. */
export function toggledAll(selected: ReadonlySet<number>, ids: readonly number[]): Set<number> {
  return ids.length > 0 && ids.every((id) => selected.has(id)) ? new Set() : new Set(ids);
}
