import type { NumberReservation } from './number-reservation.entity.js';
import { RESERVATION_PATH } from './reservation-list.js';
import type { ReservationView } from './dto/reservation.dto.js';

export function toReservationView(row: NumberReservation, baseUrl: string): ReservationView {
  return {
    id: String(row.id),
    href: `${baseUrl}${RESERVATION_PATH}/${row.id}`,
    resourceId: String(row.resourceId),
    resourceType: row.resourceType,
    value: row.value,
    customer: row.partyId === null ? null : { id: String(row.partyId) },
    cartId: row.cartId,
    status: row.status,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
