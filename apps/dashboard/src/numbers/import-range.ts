/** The server's limit of one range import (IMPORT_TOO_LARGE beyond it); said before sending. */
export const MAX_RANGE = 100_000;

export type RangeSize = { ok: true; count: number } | { ok: false; problem: 'digits' | 'lengths' | 'order' | 'too_large' };

/** How many numbers a range holds, or why it is not one: both ends digits of the same length, the first not after the last, within the limit. */
export function rangeSize(from: string, to: string): RangeSize {
  const a = from.replace(/[\s+]/g, '');
  const b = to.replace(/[\s+]/g, '');
  if (!/^\d{8,20}$/.test(a) || !/^\d{8,20}$/.test(b)) return { ok: false, problem: 'digits' };
  if (a.length !== b.length) return { ok: false, problem: 'lengths' };
  const count = BigInt(b) - BigInt(a) + 1n;
  if (count < 1n) return { ok: false, problem: 'order' };
  if (count > BigInt(MAX_RANGE)) return { ok: false, problem: 'too_large' };
  return { ok: true, count: Number(count) };
}
