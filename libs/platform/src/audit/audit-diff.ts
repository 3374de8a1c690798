import { isSecretField } from '../security/secret-fields.js';

export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

const isSame = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields that differ between two snapshots of a record (a create has no `before`, a delete no
 * `after`). Secret fields are kept as a marker that they changed, never with their values.
 */
export function auditDiff(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChanges {
  const changes: AuditChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (key === 'version' || key === 'updatedAt' || key === 'lastUpdate') continue;
    const from = before?.[key];
    const to = after?.[key];
    if (isSame(from, to)) continue;
    changes[key] = isSecretField(key)
      ? { before: from === undefined ? undefined : '[redacted]', after: to === undefined ? undefined : '[redacted]' }
      : { before: from ?? null, after: to ?? null };
  }
  return changes;
}

/** Whether two snapshots differ in anything worth an event or an audit entry. */
export const hasChanges = (before: object, after: object) => Object.keys(auditDiff({ ...before }, { ...after })).length > 0;
