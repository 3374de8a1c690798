import { Injectable } from '@nestjs/common';
import {
  ChangeRecorder,
  Clock,
  Database,
  invalid,
  type ListQuery,
  notFound,
  Page,
  PLATFORM_ERRORS,
  type Principal,
  refId,
  scopeOf,
  unprocessable,
  Versioned,
} from '@contactly/platform';
import { CUSTOMERS_ERRORS, CustomerDirectory } from '@contactly/customers';
import { INVENTORY_ERRORS } from '../inventory-errors.js';
import { InventorySettings } from '../inventory.settings.js';
import { notAvailable } from '../resource/number-errors.js';
import { normalizedNumber } from '../resource/number-format.js';
import { NumberMoves } from '../resource/number-moves.js';
import { likeOfPattern } from '../resource/number-pattern.js';
import { NumberResourceRepository } from '../resource/number-resource.repository.js';
import type { CreateReservationDto, ReservationView } from './dto/reservation.dto.js';
import { type Holder, NumberClaims } from './number-claims.js';
import type { NumberReservation } from './number-reservation.entity.js';
import { RESERVATION_LIST } from './reservation-list.js';
import { toReservationView } from './reservation.mapper.js';
import { ReservationRepository } from './reservation.repository.js';

const RESOURCE = { resource: 'NumberReservation', resourceType: 'numberReservation' } as const;

/**
 * Reservations: a number held for a customer or a cart until it expires. Claims go through
 * NumberClaims (batched, one winner per number: the others get 409); "any matching" draws random
 * free candidates and tries them until one is won (409 NO_NUMBER_AVAILABLE when none is left).
 */
@Injectable()
export class ReservationService {
  constructor(
    private readonly reservations: ReservationRepository,
    private readonly numbers: NumberResourceRepository,
    private readonly moves: NumberMoves,
    private readonly claims: NumberClaims,
    private readonly directory: CustomerDirectory,
    private readonly changes: ChangeRecorder,
    private readonly settings: InventorySettings,
    private readonly clock: Clock,
    private readonly db: Database,
  ) {}

  async list(query: ListQuery, principal: Principal, baseUrl: string): Promise<Page<ReservationView>> {
    const page = await this.reservations.list(query, RESERVATION_LIST, scopeOf(principal));
    return new Page(
      page.items.map((row) => toReservationView(row, baseUrl)),
      page.total,
      page.fields,
    );
  }

  async get(id: number, principal: Principal, baseUrl: string): Promise<Versioned<ReservationView>> {
    const row = await this.load(id, principal);
    return new Versioned(toReservationView(row, baseUrl), row.version);
  }

  async create(input: CreateReservationDto, principal: Principal, baseUrl: string): Promise<Versioned<ReservationView>> {
    if (input.value !== undefined && input.pattern !== undefined)
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'Give a value or a pattern, not both', [
        { field: 'pattern', message: 'must be left out when value is given' },
      ]);
    const holder = await this.holderOf(input, principal);
    // Subscribers hold a number no longer than the default: self-service must not keep the pool's numbers for weeks.
    const asked = input.expiresInMinutes ?? this.settings.reservationMinutes;
    const minutes = principal.kind === 'customer' ? Math.min(asked, this.settings.reservationMinutes) : asked;
    if (input.value !== undefined) {
      const number = normalizedNumber(input.resourceType, input.value);
      if ('problem' in number)
        throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `value ${number.problem}`, [{ field: 'value', message: number.problem }]);
      const row = await this.numbers.findByValue(input.resourceType, number.value);
      if (!row)
        throw notFound(INVENTORY_ERRORS.RESOURCE_NOT_FOUND, `${input.resourceType.toUpperCase()} ${number.value} is not in the pool`);
      if (row.status !== 'available') throw notAvailable(row);
      return this.claims.claim({ target: { number: row }, holder, minutes, principal, baseUrl });
    }
    const like = input.pattern === undefined ? null : likeOfPattern(input.pattern);
    const condition = { resourceType: input.resourceType, status: 'available' as const, like, pool: input.pool ?? null };
    return this.claims.claim({ target: { condition, pattern: input.pattern }, holder, minutes, principal, baseUrl });
  }

  /** Releases an active reservation: its number is available again. */
  async delete(id: number, principal: Principal, baseUrl: string): Promise<void> {
    await this.db.transaction(async () => {
      const row = await this.load(id, principal);
      if (row.status !== 'active') return; // Released, expired or fulfilled already: nothing left to release.
      const now = this.clock.now();
      if (!(await this.reservations.close(id, 'released', now))) return;
      const number = await this.numbers.findById(row.resourceId);
      if (number && number.status === 'reserved')
        await this.moves.move(number, 'available', { partyId: null, reservedUntil: null, statusDate: now, updatedAt: now }, principal, {
          reason: `reservation ${id} released`,
        });
      const after = (await this.reservations.findById(id, { kind: 'all' }))!;
      await this.changes.record({
        ...RESOURCE,
        resourceId: id,
        actor: principal,
        before: toReservationView(row, baseUrl),
        after: toReservationView(after, baseUrl),
      });
    });
  }

  /** Whom the reservation is for: a customer in the caller's scope (422 otherwise), or a cart of the caller's affiliate. */
  private async holderOf(input: CreateReservationDto, principal: Principal): Promise<Holder> {
    const affiliateId = principal.kind === 'affiliate' ? (principal.affiliateId ?? null) : null;
    // A subscriber's reservation is always theirs (a cart of theirs included): one they could neither see nor release would hold a number for nobody.
    const customerRef = input.customer?.id ?? (principal.kind === 'customer' ? String(principal.customerId) : undefined);
    if (customerRef === undefined) {
      if (!input.cartId)
        throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'customer or cartId is required', [
          { field: 'customer', message: 'name the customer (or give a cartId) the number is reserved for' },
        ]);
      return { partyId: null, cartId: input.cartId, affiliateId };
    }
    const customer = await this.directory.find(refId(customerRef), scopeOf(principal));
    if (!customer)
      throw unprocessable(CUSTOMERS_ERRORS.CUSTOMER_NOT_FOUND, `Customer ${customerRef} does not exist`, [
        { field: 'customer.id', message: 'must name a customer in your scope' },
      ]);
    return { partyId: customer.id, cartId: input.cartId ?? null, affiliateId };
  }

  private async load(id: number, principal: Principal): Promise<NumberReservation> {
    const row = await this.reservations.findById(id, scopeOf(principal));
    if (!row) throw notFound(INVENTORY_ERRORS.RESERVATION_NOT_FOUND, `Reservation ${id} does not exist`);
    return row;
  }
}
