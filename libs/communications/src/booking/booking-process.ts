import { defineProcess } from '@contactly/platform';
import type { BookingStatusType } from '../booking-status-type/booking-status-type.entity.js';

export type BookingState = 'holding' | 'released';

/** What the process's guards ask of the write that moves a booking. */
export interface BookingMoveContext {
  /** The holder check: 409 CLIENT_BOOKED when another department holds any of the booking's clients now. */
  assertMayHold(): Promise<void>;
}

/**
 * The life of a booking. Its statuses are an editable catalog («Забронирован», «Отменён»,
 * «Завершён», and any an administrator adds), so the process is declared over what a status means
 * rather than its name: a booking holds its clients (a status with `holdsClient`) until it is
 * released (cancelled, completed), and a released booking may hold them again as long as no other
 * department holds them meanwhile (the holder check guards that move). Moving among statuses of
 * one kind (prolonging under another holding status) is no transition.
 */
export const bookingProcess = defineProcess<BookingState, BookingMoveContext>({
  name: 'booking',
  resource: 'Booking',
  states: ['holding', 'released'],
  initial: ['holding', 'released'],
  terminal: [],
  transitions: { holding: ['released'], released: ['holding'] },
  guards: [{ from: 'released', to: 'holding', check: (_, context) => context.assertMayHold() }],
});

export const bookingStateOf = (status: Pick<BookingStatusType, 'holdsClient'>): BookingState =>
  status.holdsClient ? 'holding' : 'released';
