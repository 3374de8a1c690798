import { defineProcess } from '@contactly/platform';
import type { BookingStatusType } from '../booking-status-type/booking-status-type.entity.js';

export type BookingState = 'holding' | 'released';

/**
 * The life of a booking. Its statuses are an editable catalog («Забронирован», «Отменён»,
 * «Завершён», and any an administrator adds), so the process is declared over what a status means
 * rather than its name: a booking holds its clients (a status with `holdsClient`) until it is
 * released (cancelled, completed), and a released booking stays released — booking those clients
 * again makes a new booking. Moving among statuses of one kind (prolonging under another holding
 * status) is no transition.
 */
export const bookingProcess = defineProcess<BookingState>({
  name: 'booking',
  resource: 'Booking',
  states: ['holding', 'released'],
  initial: ['holding', 'released'],
  terminal: ['released'],
  transitions: { holding: ['released'] },
});

export const bookingStateOf = (status: Pick<BookingStatusType, 'holdsClient'>): BookingState =>
  status.holdsClient ? 'holding' : 'released';
