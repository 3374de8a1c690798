import type { components } from '../api/schema';
import { allOf } from '../api/schema-types';
import { toCsv } from './csv';

type NumberCount = components['schemas']['NumberCountView'];
export type NumberType = NumberCount['resourceType'];
export type NumberState = NumberCount['status'];

export const NUMBER_TYPES = allOf<NumberType>()(['msisdn', 'iccid']);
/** The number process's states, in the order a number lives them. */
export const NUMBER_STATES = allOf<NumberState>()(['available', 'reserved', 'assigned', 'aging', 'portedOut']);

export const NUMBER_STATE_LABELS: Record<NumberState, string> = {
  available: 'Available',
  reserved: 'Reserved',
  assigned: 'Assigned',
  aging: 'Aging',
  portedOut: 'Ported out',
};
export const NUMBER_TYPE_LABELS: Record<NumberType, string> = { msisdn: 'Phone numbers (MSISDN)', iccid: 'SIM cards (ICCID)' };

/** One count of the server's answer. */
export interface CountRow {
  type: string;
  state: string;
  count: number;
}

const numberOf = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : Number(value) || 0);

/**
 * The counts answer as rows, whichever shape it takes: a list of `{resourceType, status, count}`
 * (or `type`/`state`), a `{counts: [...]}` wrapper, or a table `{msisdn: {available: 10, …}, …}`.
 */
export function countRows(answer: unknown): CountRow[] {
  if (answer && typeof answer === 'object' && !Array.isArray(answer) && Array.isArray((answer as { counts?: unknown }).counts)) {
    return countRows((answer as { counts: unknown[] }).counts);
  }
  if (Array.isArray(answer)) {
    return answer.flatMap((item) => {
      if (!item || typeof item !== 'object') return [];
      const row = item as Record<string, unknown>;
      const type = row.resourceType ?? row.type;
      const state = row.status ?? row.state;
      return typeof type === 'string' && typeof state === 'string' ? [{ type, state, count: numberOf(row.count) }] : [];
    });
  }
  if (answer && typeof answer === 'object') {
    return Object.entries(answer as Record<string, unknown>).flatMap(([type, states]) =>
      states && typeof states === 'object'
        ? Object.entries(states as Record<string, unknown>).map(([state, count]) => ({ type, state, count: numberOf(count) }))
        : [],
    );
  }
  return [];
}

/** Counts by type then state, every known type and state present (0 where the server listed none). */
export function countMatrix(rows: readonly CountRow[]): Record<string, Record<string, number>> {
  const types = [...new Set<string>([...NUMBER_TYPES, ...rows.map((row) => row.type)])];
  const states = [...new Set<string>([...NUMBER_STATES, ...rows.map((row) => row.state)])];
  const matrix: Record<string, Record<string, number>> = {};
  for (const type of types) matrix[type] = Object.fromEntries(states.map((state) => [state, 0]));
  for (const row of rows) matrix[row.type][row.state] += row.count;
  return matrix;
}

/** The counts as CSV: one line per type, a column per state, then the total. */
export function countsCsv(matrix: Record<string, Record<string, number>>): string {
  const states = [...new Set(Object.values(matrix).flatMap((row) => Object.keys(row)))];
  const rows = Object.entries(matrix).map(([type, counts]) => [
    type,
    ...states.map((state) => counts[state] ?? 0),
    states.reduce((sum, state) => sum + (counts[state] ?? 0), 0),
  ]);
  return toCsv(['type', ...states, 'total'], rows);
}
