import { Injectable } from '@nestjs/common';
import type { Principal, Versioned } from '@contactly/platform';
import { CatalogDependencies, CatalogService, revisionOf } from '../shared/catalog.service.js';
import type { Usage } from '../shared/named-row.service.js';
import type { BookingStatusType } from './booking-status-type.entity.js';
import { BOOKING_STATUS_TYPE_DOCUMENT_KEYS, BOOKING_STATUS_TYPE_LIST } from './booking-status-type.list.js';
import { BookingStatusTypeRepository } from './booking-status-type.repository.js';
import type {
  BookingStatusTypeView,
  BookingStatusView,
  CreateBookingStatusTypeDto,
  UpdateBookingStatusTypeDto,
} from './dto/booking-status-type.dto.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

export const toBookingStatusView = (s: BookingStatusType): BookingStatusView => ({
  bookingStatusTypeId: s.id,
  name: s.name,
  description: s.description,
});

/** Booking status types: editable, unique by name, not deletable while bookings are in them. */
@Injectable()
export class BookingStatusTypeService extends CatalogService<BookingStatusType, BookingStatusTypeView> {
  protected readonly names = {
    label: 'Booking status type',
    resource: 'BookingStatusType',
    resourceType: 'bookingStatusType',
    codes: {
      notFound: COMMUNICATIONS_ERRORS.BOOKING_STATUS_TYPE_NOT_FOUND,
      nameAmbiguous: COMMUNICATIONS_ERRORS.BOOKING_STATUS_TYPE_NAME_AMBIGUOUS,
      nameTaken: COMMUNICATIONS_ERRORS.BOOKING_STATUS_TYPE_NAME_TAKEN,
      inUse: COMMUNICATIONS_ERRORS.BOOKING_STATUS_TYPE_IN_USE,
    },
  };
  protected readonly listing = { spec: BOOKING_STATUS_TYPE_LIST, documentKeys: BOOKING_STATUS_TYPE_DOCUMENT_KEYS };

  constructor(statuses: BookingStatusTypeRepository, dependencies: CatalogDependencies) {
    super(statuses, dependencies);
  }

  create(input: CreateBookingStatusTypeDto, actor: Principal): Promise<Versioned<BookingStatusTypeView>> {
    return this.insertRow({ name: input.name, description: input.description ?? '', holdsClient: input.holdsClient ?? true }, actor);
  }

  update(
    idOrName: string,
    input: UpdateBookingStatusTypeDto,
    expectedVersion: number | undefined,
    actor: Principal,
  ): Promise<Versioned<BookingStatusTypeView>> {
    return this.changeRow(idOrName, expectedVersion, actor, () => ({
      name: input.name,
      description: input.description,
      holdsClient: input.holdsClient,
    }));
  }

  protected async views(rows: BookingStatusType[]): Promise<BookingStatusTypeView[]> {
    return rows.map((s) => ({ ...toBookingStatusView(s), holdsClient: s.holdsClient, ...revisionOf(s) }));
  }

  protected override usage(row: BookingStatusType): Promise<Usage> {
    return this.usages.ofBookingStatusType(row.id);
  }
}
