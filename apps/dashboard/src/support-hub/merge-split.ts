import type { Translate } from './hub-i18n';

/** The server keeps at most this much of a reason (merge and split alike). */
export const REASON_MAX = 500;

/** What is wrong with a reason as typed, or null: merges and splits are audited with it, so it is required. */
export function reasonProblem(reason: string, t: Translate): string | null {
  if (!reason.trim()) return t('contactly.supportHub.reason.required', { _: 'Say why: the reason is kept in the audit trail.' });
  if (reason.trim().length > REASON_MAX)
    return t('contactly.supportHub.reason.tooLong', { _: 'At most %{max} characters.', max: REASON_MAX });
  return null;
}

/** Why the chosen members cannot be split out, or null when they can. */
export function splitProblem(selected: number, caseCount: number, t: Translate): string | null {
  if (selected === 0) return t('contactly.supportHub.split.chooseFirst', { _: 'Choose the cases to split out.' });
  if (selected >= caseCount)
    return t('contactly.supportHub.split.leaveOne', { _: 'At least one case must stay behind; to move them all, merge instead.' });
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

/** The chosen members, kept across pages: ticking or unticking one. */
export function toggledMember<T extends { id: number }>(chosen: ReadonlyMap<number, T>, member: T): Map<number, T> {
  const next = new Map(chosen);
  if (next.has(member.id)) next.delete(member.id);
  else next.set(member.id, member);
  return next;
}

/** The "all on this page" box: adds the page's members, or removes them when all were chosen. */
export function toggledPage<T extends { id: number }>(chosen: ReadonlyMap<number, T>, shown: readonly T[]): Map<number, T> {
  const next = new Map(chosen);
  const all = shown.length > 0 && shown.every((member) => chosen.has(member.id));
  for (const member of shown) {
    if (all) next.delete(member.id);
    else next.set(member.id, member);
  }
  return next;
}
