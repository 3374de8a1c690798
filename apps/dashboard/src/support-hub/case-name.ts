import type { AggregatedCase } from './support-hub-types';

/** The server keeps at most this much of a name. */
export const NAME_MAX = 200;

/** What a case is called on screen: the name people gave it, else provider · error code. */
export const caseName = (row: Pick<AggregatedCase, 'name' | 'provider' | 'errorCode'>): string =>
  row.name ?? `${row.provider} · ${row.errorCode}`;

/** What to send for a name as typed: blank gives the case back its provider · error code (null). */
export const nameToSend = (typed: string): string | null => typed.trim() || null;

/** Whether a name as typed may be sent ('tooLong' otherwise). */
export const nameProblem = (typed: string): 'tooLong' | null => ([...typed.trim()].length > NAME_MAX ? 'tooLong' : null);
