import type { ListField, ListSpec } from '@contactly/platform';
import { LIFECYCLE_STATUSES } from './lifecycle-status.js';

/**
 * The list of one kind of catalog entry (alias `e`): filters and sort on every first-level simple
 * attribute (the common ones here, the kind's own in `own`), each backed by an index. Shops list
 * by name, status and last change most.
 */
export function catalogList(own: Record<string, ListField>, objects: readonly string[]): ListSpec {
  const fields: Record<string, ListField> = {
    id: { column: 'e.id', type: 'id' },
    href: { column: 'e.id', type: 'id', sort: false },
    name: { column: 'e.name', type: 'string' },
    description: { column: 'e.description', type: 'string', sort: false },
    lifecycleStatus: { column: 'e.lifecycle_status', type: 'enum', values: LIFECYCLE_STATUSES },
    version: { column: 'e.spec_version', type: 'string' },
    lastUpdate: { column: 'e.updated_at', type: 'date' },
    ...own,
  };
  return { idColumn: 'e.id', defaultSort: 'id', fields, selectable: [...Object.keys(fields), 'validFor', ...objects] };
}
