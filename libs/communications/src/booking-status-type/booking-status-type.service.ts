import { Injectable } from '@nestjs/common';
import { conflict, type Principal, type Versioned } from '@contactly/platform';
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
    return this.changeRow(idOrName, expectedVersion, actor, async (row) => {
      if (input.holdsClient !== undefined && input.holdsClient !== row.holdsClient) await this.assertMeaningUnused(row);
      return { name: input.name, description: input.description, holdsClient: input.holdsClient };
    });
  }

  /**
   * Whether a status holds its clients decides which state of the booking process its bookings are
   * in; flipping it would move every one of them at once, with no guard or history. So it is fixed
   * while bookings use the status: move them to another status first (each through the process).
   */
  private async assertMeaningUnused(row: BookingStatusType): Promise<void> {
    const used = (await this.usage(row)).reduce((sum, u) => sum + u.count, 0);
    if (used)
      throw conflict(
        COMMUNICATIONS_ERRORS.BOOKING_STATUS_TYPE_HOLDS_CLIENT_IN_USE,
        `Booking status type ${row.id} is used by ${used} booking(s): whether it holds clients cannot change while bookings use it`,
        { bookingCount: used },
      );
  }

  protected async views(rows: BookingStatusType[]): Promise<BookingStatusTypeView[]> {
    return rows.map((s) => ({ ...toBookingStatusView(s), holdsClient: s.holdsClient, ...revisionOf(s) }));
  }

  protected override usage(row: BookingStatusType): Promise<Usage> {
    return this.usages.ofBookingStatusType(row.id);
  }
}
