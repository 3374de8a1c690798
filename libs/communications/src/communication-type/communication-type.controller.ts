import { catalogControllerFor } from '../shared/catalog.controller.js';
import { COMMUNICATION_TYPE_DOCUMENT_KEYS, COMMUNICATION_TYPE_LIST } from './communication-type.list.js';
import { CommunicationTypeService } from './communication-type.service.js';
import { CommunicationTypeView, CreateCommunicationTypeDto, UpdateCommunicationTypeDto } from './dto/communication-type.dto.js';

export const CommunicationTypeController = catalogControllerFor({
  resource: 'CommunicationType',
  path: 'api/v1/communication_types',
  tag: 'communication types',
  service: CommunicationTypeService,
  one: 'communication type',
  many: 'communication types',
  param: 'type',
  example: 4,
  list: COMMUNICATION_TYPE_LIST,
  view: CommunicationTypeView,
  create: CreateCommunicationTypeDto,
  update: UpdateCommunicationTypeDto,
  idOf: (type) => type.communicationTypeId,
  getErrors: [404, 409],
  docs: {
    list: `Items are \`{${COMMUNICATION_TYPE_DOCUMENT_KEYS.join(', ')}}\` as in the requirement document; \`fields\` adds version, createTime, updateTime.`,
    delete: 'Refused (409, nothing deleted) while rules, role permissions or bookings use it.',
  },
});
