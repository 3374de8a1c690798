import type { ListSpec } from '@contactly/platform';
import { COMMUNICATION_STATUSES } from './communication-status.js';

/**
 * Sorted by id (newest first by default). Every filter but the time is on an indexed column; narrow
 * by one of them (a mailing, a client) before asking for a time range.
 */
export const COMMUNICATION_LIST: ListSpec = {
  idColumn: 'c.id',
  defaultSort: '-communicationId',
  fields: {
    communicationId: { column: 'c.id', type: 'int' },
    mailingId: { column: 'c.mailing_id', type: 'int', sort: false },
    clientId: { column: 'c.client_id', type: 'int', sort: false },
    communicationTypeId: { column: 'c.communication_type_id', type: 'int', sort: false },
    sendChannelTypeId: { column: 'c.send_channel_type_id', type: 'int', sort: false },
    documentId: { column: 'c.document_id', type: 'int', sort: false },
    departmentId: { column: 'c.department_id', type: 'int', sort: false },
    status: { column: 'c.status', type: 'enum', values: COMMUNICATION_STATUSES, sort: false },
    scheduledTime: { column: 'c.scheduled_at', type: 'date', sort: false },
  },
  extraParams: ['name'],
  extraParamDescriptions: { name: 'Only the communications of this name (a mailing’s name, ignoring case)' },
  selectable: [
    'communicationId',
    'name',
    'mailingId',
    'clientId',
    'communicationTypeId',
    'sendChannelTypeId',
    'documentId',
    'departmentId',
    'transactional',
    'status',
    'reason',
    'address',
    'subject',
    'body',
    'requestedTime',
    'scheduledTime',
    'attempts',
    'lastError',
    'sentTime',
    'deliveredTime',
    'readTime',
    'respondedTime',
    'statusTime',
    'answers',
    'version',
    'createTime',
    'updateTime',
  ],
};
