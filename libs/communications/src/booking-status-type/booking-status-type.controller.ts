import { catalogControllerFor } from '../shared/catalog.controller.js';
import { BOOKING_STATUS_TYPE_DOCUMENT_KEYS, BOOKING_STATUS_TYPE_LIST } from './booking-status-type.list.js';
import { BookingStatusTypeService } from './booking-status-type.service.js';
import { BookingStatusTypeView, CreateBookingStatusTypeDto, UpdateBookingStatusTypeDto } from './dto/booking-status-type.dto.js';

export const BookingStatusTypeController = catalogControllerFor({
  resource: 'BookingStatusType',
  path: 'api/v1/booking_status_types',
  tag: 'booking status types',
  service: BookingStatusTypeService,
  one: 'booking status type',
  many: 'booking status types',
  param: 'status',
  example: 1,
  list: BOOKING_STATUS_TYPE_LIST,
  view: BookingStatusTypeView,
  create: CreateBookingStatusTypeDto,
  update: UpdateBookingStatusTypeDto,
  idOf: (status) => status.bookingStatusTypeId,
  getErrors: [404, 409],
  docs: {
    list: `Items are \`{${BOOKING_STATUS_TYPE_DOCUMENT_KEYS.join(', ')}}\`; \`fields\` adds holdsClient, version, createTime, updateTime.`,
    update:
      'Names are unique ignoring case (409). `holdsClient` cannot change while bookings are in the status (409 naming how many): it would move them all between holding and released at once.',
    delete: 'Refused (409, nothing deleted) while bookings are in it.',
  },
});
