import { Injectable } from '@nestjs/common';
import { ChangeRecorder, Clock, Database, type ListQuery, type Page, type Principal, type Versioned } from '@contactly/platform';
import { docTime } from '../shared/doc-time.js';
import { NamedRowService, type Usage } from '../shared/named-row.service.js';
import { UsageRepository } from '../shared/usage.repository.js';
import type { BookingStatusType } from './booking-status-type.entity.js';
import { BOOKING_STATUS_TYPE_DOCUMENT_KEYS, BOOKING_STATUS_TYPE_LIST } from './booking-status-type.list.js';
import { BookingStatusTypeRepository } from './booking-status-type.repository.js';
import type { BookingStatusTypeView, BookingStatusView, CreateBookingStatusTypeDto, UpdateBookingStatusTypeDto } from './dto/booking-status-type.dto.js';

export const toBookingStatusView = (s: BookingStatusType): BookingStatusView => ({ bookingStatusTypeId: s.id, name: s.name, description: s.description });

/** Booking status types: editable, unique by name, not deletable while bookings are in them. */
@Injectable()
export class BookingStatusTypeService extends NamedRowService<BookingStatusType, BookingStatusTypeView> {
  protected readonly names = { label: 'Booking status type', code: 'BOOKING_STATUS_TYPE', resource: 'BookingStatusType', resourceType: 'bookingStatusType' };

  constructor(
    private readonly statuses: BookingStatusTypeRepository,
    private readonly usages: UsageRepository,
    db: Database,
    changes: ChangeRecorder,
    clock: Clock,
  ) {
    super(statuses, db, changes, clock);
  }

  async list(query: ListQuery): Promise<Page<BookingStatusTypeView>> {
    return this.listRows(await this.statuses.list(query, BOOKING_STATUS_TYPE_LIST), BOOKING_STATUS_TYPE_DOCUMENT_KEYS);
  }

  create(input: CreateBookingStatusTypeDto, actor: Principal): Promise<Versioned<BookingStatusTypeView>> {
    return this.insertRow({ name: input.name, description: input.description ?? '', holdsClient: input.holdsClient ?? true }, actor);
  }

  update(idOrName: string, input: UpdateBookingStatusTypeDto, expectedVersion: number | undefined, actor: Principal): Promise<Versioned<BookingStatusTypeView>> {
    return this.changeRow(idOrName, expectedVersion, actor, () => ({ name: input.name, description: input.description, holdsClient: input.holdsClient }));
  }

  protected async views(rows: BookingStatusType[]): Promise<BookingStatusTypeView[]> {
    return rows.map((s) => ({ ...toBookingStatusView(s), holdsClient: s.holdsClient, version: s.version, createTime: docTime(s.createdAt), updateTime: docTime(s.updatedAt) }));
  }

  protected override usage(row: BookingStatusType): Promise<Usage> {
    return this.usages.ofBookingStatusType(row.id);
  }
}
