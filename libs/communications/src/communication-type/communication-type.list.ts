import type { ListSpec } from '@contactly/platform';
import { NAME_PARAM } from '../shared/name-param.js';

/** The keys GET /communication_types shows unless `fields` asks for more (the document's shape). */
export const COMMUNICATION_TYPE_DOCUMENT_KEYS = ['communicationTypeId', 'name', 'description'] as const;

export const COMMUNICATION_TYPE_LIST: ListSpec = {
  idColumn: 't.id',
  defaultSort: 'communicationTypeId',
  fields: {
    communicationTypeId: { column: 't.id', type: 'int' },
    name: { column: 't.name_key', type: 'string', filter: false },
    purpose: { column: 't.purpose', type: 'string' },
    createTime: { column: 't.created_at', type: 'date' },
    updateTime: { column: 't.updated_at', type: 'date' },
  },
  ...NAME_PARAM,
  selectable: [...COMMUNICATION_TYPE_DOCUMENT_KEYS, 'purpose', 'version', 'createTime', 'updateTime'],
};
