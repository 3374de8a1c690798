import type { ListSpec } from '@contactly/platform';
import { NAME_PARAM } from '../shared/name-param.js';
import { DOCUMENT_KINDS } from './document.entity.js';

export const DOCUMENT_LIST: ListSpec = {
  idColumn: 'doc.id',
  defaultSort: 'documentId',
  fields: {
    documentId: { column: 'doc.id', type: 'int' },
    name: { column: 'doc.name_key', type: 'string', filter: false },
    kind: { column: 'doc.kind', type: 'enum', values: DOCUMENT_KINDS },
    updateTime: { column: 'doc.updated_at', type: 'date' },
  },
  ...NAME_PARAM,
  selectable: ['documentId', 'name', 'kind', 'description', 'subject', 'body', 'variables', 'file', 'version', 'createTime', 'updateTime'],
};
