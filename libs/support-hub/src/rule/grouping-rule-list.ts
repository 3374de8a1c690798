import type { ListSpec } from '@contactly/platform';
import { RULE_KINDS } from '../consolidation/grouping-rules.js';

export const GROUPING_RULE_LIST: ListSpec = {
  idColumn: 'r.id',
  defaultSort: 'kind,position',
  fields: {
    id: { column: 'r.id', type: 'int' },
    kind: { column: 'r.kind', type: 'enum', values: RULE_KINDS },
    position: { column: 'r.position', type: 'int', filter: false },
    enabled: { column: 'r.enabled', type: 'boolean' },
    updatedAt: { column: 'r.updated_at', type: 'date', filter: false },
  },
  selectable: ['kind', 'pattern', 'replacement', 'keyFields', 'position', 'enabled', 'description', 'version', 'createdAt', 'updatedAt'],
};
