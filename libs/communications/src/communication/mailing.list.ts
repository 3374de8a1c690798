import type { ListSpec } from '@contactly/platform';
import { NAME_PARAM } from '../shared/name-param.js';

export const MAILING_LIST: ListSpec = {
  idColumn: 'ml.id',
  defaultSort: '-mailingId',
  fields: {
    mailingId: { column: 'ml.id', type: 'int' },
    communicationTypeId: { column: 'ml.communication_type_id', type: 'int', sort: false },
    sendChannelTypeId: { column: 'ml.send_channel_type_id', type: 'int', sort: false },
    documentId: { column: 'ml.document_id', type: 'int', sort: false },
    departmentId: { column: 'ml.department_id', type: 'int', sort: false },
    groupId: { column: 'ml.group_id', type: 'int', sort: false },
    createTime: { column: 'ml.created_at', type: 'date' },
  },
  ...NAME_PARAM,
  selectable: [
    'mailingId',
    'name',
    'communicationTypeId',
    'sendChannelTypeId',
    'documentId',
    'departmentId',
    'sender',
    'recipients',
    'variables',
    'scheduledTime',
    'recipientCount',
    'scheduledCount',
    'movedCount',
    'skippedCount',
    'skippedByReason',
    'statusCounts',
    'version',
    'createTime',
    'updateTime',
  ],
};
