import type { TypeChannel } from '../api-types';

/**
 * The type × channel pairs a role may send, as a set of `type:channel` keys: the editor toggles
 * cells, rows and columns, and sends the whole list back (PUT replaces it).
 */
export type Selection = ReadonlySet<string>;

export const pairKey = (communicationTypeId: number, sendChannelTypeId: number) => `${communicationTypeId}:${sendChannelTypeId}`;

export const selectionOf = (pairs: readonly TypeChannel[]): Selection =>
  new Set(pairs.map((p) => pairKey(p.communicationTypeId, p.sendChannelTypeId)));

/** The pairs of a selection, ordered by type then channel. */
export function pairsOf(selection: Selection): TypeChannel[] {
  return [...selection]
    .map((key) => key.split(':').map(Number))
    .map(([communicationTypeId, sendChannelTypeId]) => ({ communicationTypeId, sendChannelTypeId }))
    .sort((a, b) => a.communicationTypeId - b.communicationTypeId || a.sendChannelTypeId - b.sendChannelTypeId);
}

export function toggled(selection: Selection, communicationTypeId: number, sendChannelTypeId: number): Selection {
  const next = new Set(selection);
  const key = pairKey(communicationTypeId, sendChannelTypeId);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

/** Every given pair on, or (when all already are) every one off: the header checkbox of a row or a column. */
export function allToggled(selection: Selection, pairs: readonly TypeChannel[]): Selection {
  const keys = pairs.map((p) => pairKey(p.communicationTypeId, p.sendChannelTypeId));
  const allOn = keys.length > 0 && keys.every((key) => selection.has(key));
  const next = new Set(selection);
  for (const key of keys) {
    if (allOn) next.delete(key);
    else next.add(key);
  }
  return next;
}

/** How many of the given pairs are on: none, some or all (for a header checkbox's state). */
export function coverage(selection: Selection, pairs: readonly TypeChannel[]): 'none' | 'some' | 'all' {
  const on = pairs.filter((p) => selection.has(pairKey(p.communicationTypeId, p.sendChannelTypeId))).length;
  return on === 0 ? 'none' : on === pairs.length ? 'all' : 'some';
}

export const sameSelection = (a: Selection, b: Selection) => a.size === b.size && [...a].every((key) => b.has(key));
