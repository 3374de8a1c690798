import { Injectable } from '@nestjs/common';
import { conflict, type Principal, StateTransitionRecorder } from '@contactly/platform';
import type { BookingStatusType } from '../booking-status-type/booking-status-type.entity.js';
import { ClientDirectory } from '../client/client-directory.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';
import { DepartmentRepository } from '../department/department.repository.js';
import { docTime } from '../shared/doc-time.js';
import type { Booking } from './booking.entity.js';
import { bookingProcess, bookingStateOf } from './booking-process.js';
import { type Holder, type Holding, BookingRepository } from './booking.repository.js';

/**
 * A booking's status moves and the holder check they rest on: whether a status change is a move
 * of the booking process (holding ↔ released), whether the booking's clients may be held, and the
 * history each move leaves. Every method runs inside the write's transaction.
 */
@Injectable()
export class BookingMoves {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly departments: DepartmentRepository,
    private readonly clients: ClientDirectory,
    private readonly transitions: StateTransitionRecorder,
  ) {}

  /**
   * Whether `booking` may go from status `from` to `to`, asked after its clients changed and before
   * the row is written: the process's table and guards (released → holding runs the holder check).
   * Staying in holding is no move, so the process asks nothing; the clients (some perhaps just
   * added) are checked all the same, as every write that leaves a booking holding always was.
   */
  async assertMove(booking: Booking, from: BookingStatusType, to: BookingStatusType, now: Date): Promise<void> {
    const context = { assertMayHold: () => this.assertMembersNotHeld(booking, now) };
    const [fromState, toState] = [bookingStateOf(from), bookingStateOf(to)];
    await bookingProcess.assertMove(fromState, toState, context, booking.id);
    if (fromState === 'holding' && toState === 'holding') await context.assertMayHold();
  }

  /** A move between holding and released in the booking process's history (its event: the ChangeRecorder's state change). */
  async recordMove(bookingId: number, from: BookingStatusType, to: BookingStatusType, actor: Principal): Promise<void> {
    await this.transitions.record(
      bookingProcess,
      {
        resourceId: bookingId,
        from: bookingStateOf(from),
        to: bookingStateOf(to),
        reason: `«${from.name}» → «${to.name}»`,
        resource: null,
      },
      actor,
      { event: false },
    );
  }

  /** 409 naming who holds the clients, when another department's booking holds any of them now. */
  async assertNotHeld(clientIds: number[], holder: Holder, now: Date, exceptBookingId?: number): Promise<void> {
    const holdings = await this.bookings.holdingsOfOthers(clientIds, holder, now, exceptBookingId);
    if (!holdings.length) return;
    const names = await this.departments.findByIds(holdings.map((h) => h.departmentId).filter((id): id is number => id !== null));
    const describe = (h: Holding) =>
      h.departmentId === null
        ? `${h.bookedByName} (no department)`
        : `the department «${names.get(h.departmentId)?.name ?? h.departmentId}»`;
    const first = holdings[0];
    const clients = [...new Set(holdings.map((h) => h.clientId))];
    const message =
      clients.length === 1
        ? `Client ${first.clientId} is booked by ${describe(first)} until ${docTime(first.beforeDate)} (booking ${first.bookingId})`
        : `${clients.length} clients are booked by other departments, e.g. client ${first.clientId} by ${describe(first)} until ${docTime(first.beforeDate)} (booking ${first.bookingId})`;
    throw conflict(COMMUNICATIONS_ERRORS.CLIENT_BOOKED, message, {
      holders: holdings.slice(0, 20).map((h) => ({
        clientId: h.clientId,
        bookingId: h.bookingId,
        departmentId: h.departmentId,
        departmentName: h.departmentId === null ? null : (names.get(h.departmentId)?.name ?? null),
        bookedBy: h.bookedByName,
        beforeDate: docTime(h.beforeDate),
      })),
    });
  }

  /** The holder check over every client of an existing booking, locked first as a new booking's are. */
  private async assertMembersNotHeld(booking: Booking, now: Date): Promise<void> {
    const members = await this.bookings.clientIdsOf(booking.id, 0, 2_000_000_000);
    await this.clients.lockForBooking(members);
    await this.assertNotHeld(members, booking.departmentId, now, booking.id);
  }
}
