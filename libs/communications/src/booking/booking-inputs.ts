import { Injectable } from '@nestjs/common';
import { PLATFORM_ERRORS, forbidden, invalid, type Principal, unprocessable } from '@contactly/platform';
import type { BookingStatusType } from '../booking-status-type/booking-status-type.entity.js';
import { BookingStatusTypeRepository } from '../booking-status-type/booking-status-type.repository.js';
import type { BookingStatusRefDto } from '../client/dto/client.dto.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';
import { DepartmentRepository } from '../department/department.repository.js';
import { DocumentRepository } from '../document/document.repository.js';
import { EmployeeRepository } from '../employee/employee.repository.js';
import { BOOKED_STATUS_NAME } from '../migrations/catalog-seeds.js';
import { CatalogRefs } from '../shared/catalog-refs.js';
import { docTime } from '../shared/doc-time.js';
import { nameKeyOf } from '../shared/names.js';
import type { Booking } from './booking.entity.js';
import type { Holder } from './booking.repository.js';

export type Purpose = Pick<Booking, 'communicationTypeId' | 'sendChannelTypeId' | 'documentId'>;

/**
 * What a booking write names, resolved and checked: whose booking it is and who may change it,
 * its status, its purpose and its date.
 */
@Injectable()
export class BookingInputs {
  constructor(
    private readonly statuses: BookingStatusTypeRepository,
    private readonly departments: DepartmentRepository,
    private readonly documents: DocumentRepository,
    private readonly employees: EmployeeRepository,
    private readonly refs: CatalogRefs,
  ) {}

  /**
   * Whose booking it is: the department named (which must exist; an employee books for their own
   * unless they administer communications), else the caller's own department, else none.
   */
  async holderFor(actor: Principal, departmentId: number | undefined): Promise<Holder> {
    const employee = await this.employees.findByUserId(actor.userId);
    if (departmentId === undefined) return employee?.departmentId ?? null;
    if (!(await this.departments.findById(departmentId)))
      throw unprocessable(COMMUNICATIONS_ERRORS.DEPARTMENT_NOT_FOUND, `Department ${departmentId} does not exist`, [
        { field: 'departmentId', message: 'must name an existing department' },
      ]);
    if (employee && employee.departmentId !== departmentId && !actor.permissions.has('communications:admin')) {
      throw forbidden(
        COMMUNICATIONS_ERRORS.FOREIGN_DEPARTMENT,
        `You book for your own department (${employee.departmentId}), not department ${departmentId}`,
      );
    }
    return departmentId;
  }

  /** A department changes its own bookings; communications administrators change any. */
  async assertMayChange(actor: Principal, booking: Booking): Promise<void> {
    if (actor.permissions.has('communications:admin')) return;
    const employee = await this.employees.findByUserId(actor.userId);
    if (booking.departmentId === null || employee?.departmentId !== booking.departmentId) {
      throw forbidden(
        COMMUNICATIONS_ERRORS.FOREIGN_DEPARTMENT,
        `Booking ${booking.id} belongs to ${booking.departmentId === null ? 'no department' : `department ${booking.departmentId}`}; you change your own department's bookings`,
      );
    }
  }

  async status(ref: BookingStatusRefDto | undefined): Promise<BookingStatusType> {
    if (ref?.bookingStatusTypeId !== undefined) {
      const status = await this.statuses.findById(ref.bookingStatusTypeId);
      if (!status || (ref.name !== undefined && nameKeyOf(ref.name) !== status.nameKey)) throw this.unknownStatus(ref);
      return status;
    }
    if (ref?.name !== undefined) {
      const [status] = await this.statuses.findByNameKey(nameKeyOf(ref.name));
      if (!status) throw this.unknownStatus(ref);
      return status;
    }
    const [booked] = await this.statuses.findByNameKey(nameKeyOf(BOOKED_STATUS_NAME));
    const fallback = booked ?? (await this.statuses.findById(1));
    if (!fallback)
      throw unprocessable(
        COMMUNICATIONS_ERRORS.BOOKING_STATUS_TYPE_NOT_FOUND,
        'Name the booking status: the default «Забронирован» no longer exists',
        [{ field: 'status', message: 'is required' }],
      );
    return fallback;
  }

  private unknownStatus(ref: BookingStatusRefDto) {
    return unprocessable(
      COMMUNICATIONS_ERRORS.BOOKING_STATUS_TYPE_NOT_FOUND,
      `Booking status ${ref.name ?? ref.bookingStatusTypeId} does not exist`,
      [
        {
          field: ref.bookingStatusTypeId !== undefined ? 'status.bookingStatusTypeId' : 'status.name',
          message: 'must name a booking status type',
        },
      ],
    );
  }

  futureDate(value: string, now: Date): Date {
    const date = new Date(value);
    if (Number.isNaN(date.getTime()))
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'beforeDate is not a date-time', [
        { field: 'beforeDate', message: 'must be an ISO 8601 date-time' },
      ]);
    if (date.getTime() <= now.getTime())
      throw invalid(COMMUNICATIONS_ERRORS.BOOKING_DATE_IN_PAST, `beforeDate ${docTime(date)} is not in the future`, [
        { field: 'beforeDate', message: 'must be in the future' },
      ]);
    return date;
  }

  async assertPurpose(input: Partial<Purpose>): Promise<void> {
    await this.refs.assertExist({
      types: input.communicationTypeId ? [{ field: 'communicationTypeId', id: input.communicationTypeId }] : [],
      channels: input.sendChannelTypeId ? [{ field: 'sendChannelTypeId', id: input.sendChannelTypeId }] : [],
    });
    if (input.documentId && !(await this.documents.findById(input.documentId))) {
      throw unprocessable(COMMUNICATIONS_ERRORS.DOCUMENT_NOT_FOUND, `Document ${input.documentId} does not exist`, [
        { field: 'documentId', message: 'must name an existing document' },
      ]);
    }
  }

  purposeOf(input: Partial<Purpose>, current: Purpose): Purpose {
    return {
      communicationTypeId: input.communicationTypeId === undefined ? current.communicationTypeId : input.communicationTypeId,
      sendChannelTypeId: input.sendChannelTypeId === undefined ? current.sendChannelTypeId : input.sendChannelTypeId,
      documentId: input.documentId === undefined ? current.documentId : input.documentId,
    };
  }
}
