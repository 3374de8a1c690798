import { describe, expect, it } from 'vitest';
import { bookingListFilter } from './booking-filters';

describe('bookingListFilter', () => {
  const now = new Date('2026-05-01T10:00:00Z');

  it('asks for bookings that end after now when only those ahead are wanted', () => {
    expect(bookingListFilter({ ahead: true, departmentId: 3 }, now)).toEqual({
      departmentId: 3,
      'beforeDate.gt': '2026-05-01T10:00:00.000Z',
    });
  });

  it('passes the other filters as they are', () => {
    expect(bookingListFilter({ ahead: false, statusId: 1 }, now)).toEqual({ statusId: 1 });
    expect(bookingListFilter({}, now)).toEqual({});
  });
});
