import type { ListSpec } from '@contactly/platform';

export const CHANNEL_BLOCK_LIST: ListSpec = {
  idColumn: 'cb.id',
  defaultSort: '-channelBlockId',
  fields: {
    channelBlockId: { column: 'cb.id', type: 'int' },
    clientId: { column: 'cb.client_id', type: 'int' },
    sendChannelTypeId: { column: 'cb.send_channel_type_id', type: 'int' },
    until: { column: 'cb.until', type: 'date' },
    createTime: { column: 'cb.created_at', type: 'date' },
  },
  extraParams: ['active'],
  extraParamDescriptions: { active: 'true: blocks in force now (permanent, or until a later date); false: expired ones' },
  selectable: [
    'channelBlockId',
    'clientId',
    'sendChannelTypeId',
    'channelName',
    'until',
    'permanent',
    'active',
    'reason',
    'blockedBy',
    'version',
    'createTime',
    'updateTime',
  ],
};
