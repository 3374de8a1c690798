import { Injectable } from '@nestjs/common';
import { ChangeRecorder, Clock, type Principal } from '@contactly/platform';
import { BookingStatusTypeRepository } from '../booking-status-type/booking-status-type.repository.js';
import { toBookingStatusView } from '../booking-status-type/booking-status-type.service.js';
import { DepartmentRepository } from '../department/department.repository.js';
import { docTime } from '../shared/doc-time.js';
import type { Booking } from './booking.entity.js';
import { BookingRepository } from './booking.repository.js';
import type { BookingView } from './dto/booking.dto.js';

/** Client ids an event or audit entry lists in full; a larger group is recorded by its count. */
const SNAPSHOT_CLIENT_IDS = 500;

export type BookingSnapshot = Omit<BookingView, 'status' | 'department'> & {
  departmentId: number | null;
  departmentName: string | null;
  statusId: number;
  statusName: string;
  clientIds?: number[];
};

/** What a booking looks like to its readers, and what its events and audit entries record. */
@Injectable()
export class BookingViews {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly statuses: BookingStatusTypeRepository,
    private readonly departments: DepartmentRepository,
    private readonly changes: ChangeRecorder,
    private readonly clock: Clock,
  ) {}

  async views(bookings: Booking[]): Promise<BookingView[]> {
    const departments = await this.departments.findByIds(bookings.map((b) => b.departmentId).filter((id): id is number => id !== null));
    const statuses = await this.statuses.findByIds(bookings.map((b) => b.statusTypeId));
    const now = this.clock.nowMs();
    return bookings.map((b) => {
      const department = b.departmentId === null ? undefined : departments.get(b.departmentId);
      const status = statuses.get(b.statusTypeId)!;
      return {
        bookingId: b.id,
        name: b.name,
        department:
          b.departmentId === null
            ? null
            : { departmentId: b.departmentId, name: department?.name ?? '', companyId: department?.companyId ?? 0 },
        purpose: b.purpose,
        communicationTypeId: b.communicationTypeId,
        sendChannelTypeId: b.sendChannelTypeId,
        documentId: b.documentId,
        beforeDate: docTime(b.beforeDate),
        status: toBookingStatusView(status),
        active: status.holdsClient && b.beforeDate.getTime() > now,
        clientCount: b.clientCount,
        bookedBy: b.bookedByName,
        version: b.version,
        createTime: docTime(b.createdAt),
        updateTime: docTime(b.updatedAt),
      };
    });
  }

  /** What events and the audit trail record: flat, with the client ids of groups up to a size. */
  async snapshot(booking: Booking, view: BookingView): Promise<BookingSnapshot> {
    const ids = await this.bookings.clientIdsOf(booking.id, 0, SNAPSHOT_CLIENT_IDS + 1);
    const { status, department, ...rest } = view;
    return {
      ...rest,
      departmentId: department?.departmentId ?? null,
      departmentName: department?.name ?? null,
      statusId: status.bookingStatusTypeId,
      statusName: status.name,
      ...(ids.length <= SNAPSHOT_CLIENT_IDS ? { clientIds: ids } : {}),
    };
  }

  /** The audit entry and event of a booking just created. */
  async recordCreated(booking: Booking, actor: Principal, view: BookingView): Promise<void> {
    await this.recordChange(booking.id, actor, null, await this.snapshot(booking, view));
  }

  /** The audit entry and event of a write, from snapshots taken before and after it (null: created, deleted). */
  async recordChange(bookingId: number, actor: Principal, before: BookingSnapshot | null, after: BookingSnapshot | null): Promise<void> {
    await this.changes.record({
      resource: 'Booking',
      resourceType: 'booking',
      resourceId: bookingId,
      actor,
      before,
      after,
      stateAttribute: 'statusId',
    });
  }
}
