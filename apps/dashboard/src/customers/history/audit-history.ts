import type { AuditEntry } from '../customer-types';

/** Several records' audit entries as one history, newest first (ties: the later entry first), each entry once. */
export function mergeHistory(...lists: readonly (readonly AuditEntry[])[]): AuditEntry[] {
  const byId = new Map<number, AuditEntry>();
  for (const entry of lists.flat()) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.id - a.id);
}

/** Attributes that change with every write or never tell a person anything. */
const NOISE = new Set(['id', 'href', '@type', '@baseType', '@schemaLocation', 'lastUpdate', 'lastModified', 'version', 'updatedAt']);

export interface ChangeRow {
  field: string;
  before: string;
  after: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A value as the history shows it: text as is, nothing as "—", the rest as compact JSON. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length === 0) return '—';
  return JSON.stringify(value);
}

/** The changes of one entry worth reading: no bookkeeping attributes, nothing that stayed the same. */
export function changeRows(entry: Pick<AuditEntry, 'changes'>): ChangeRow[] {
  return Object.entries(entry.changes ?? {})
    .filter(
      ([field, change]) => !NOISE.has(field) && change && typeof change === 'object' && !same(change.before ?? null, change.after ?? null),
    )
    .map(([field, change]) => ({ field, before: displayValue(change.before), after: displayValue(change.after) }));
}

const RESOURCE_LABELS: Record<string, string> = {
  customer: 'Customer',
  individual: 'Profile',
  organization: 'Profile',
  paymentMethod: 'Payment method',
  billingAccount: 'Billing account',
};

export const resourceLabel = (resourceType: string): string => RESOURCE_LABELS[resourceType] ?? resourceType;
