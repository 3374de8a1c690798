import type { ListSpec } from '@contactly/platform';
import { NAME_PARAM } from '../shared/name-param.js';
import { CHANNEL_KINDS } from './send-channel-type.entity.js';

/** The keys GET /send_channel_types shows unless `fields` asks for more (the document's shape). */
export const SEND_CHANNEL_TYPE_DOCUMENT_KEYS = ['sendChannelTypeId', 'name', 'description'] as const;

export const SEND_CHANNEL_TYPE_LIST: ListSpec = {
  idColumn: 'c.id',
  defaultSort: 'sendChannelTypeId',
  fields: {
    sendChannelTypeId: { column: 'c.id', type: 'int' },
    name: { column: 'c.name_key', type: 'string', filter: false },
    kind: { column: 'c.kind', type: 'enum', values: CHANNEL_KINDS },
    enabled: { column: 'c.enabled', type: 'boolean' },
    createTime: { column: 'c.created_at', type: 'date' },
    updateTime: { column: 'c.updated_at', type: 'date' },
  },
  ...NAME_PARAM,
  selectable: [...SEND_CHANNEL_TYPE_DOCUMENT_KEYS, 'kind', 'enabled', 'version', 'createTime', 'updateTime'],
};
