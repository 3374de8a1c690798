import { Injectable } from '@nestjs/common';
import {
  assertVersion,
  Clock,
  conflict,
  Database,
  invalid,
  type ListQuery,
  notFound,
  Page,
  type Principal,
  retryOnVersionConflict,
  scopeOf,
  Versioned,
} from '@contactly/platform';
import { BookingStatusTypeRepository } from '../booking-status-type/booking-status-type.repository.js';
import { toBookingStatusView } from '../booking-status-type/booking-status-type.service.js';
import { ClientDirectory } from '../client/client-directory.js';
import type { BookClientDto, ClientBookingView } from '../client/dto/client.dto.js';
import { docTime } from '../shared/doc-time.js';
import { nameKeyOf, parseIdOrName } from '../shared/names.js';
import type { Booking } from './booking.entity.js';
import { BookingInputs } from './booking-inputs.js';
import { BookingMoves } from './booking-moves.js';
import { BookingRepository } from './booking.repository.js';
import { BookingViews } from './booking-views.js';
import type { BookingView, CreateBookingDto, UpdateBookingDto } from './dto/booking.dto.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/**
 * Bookings: a department reserves a client or a group until a date for a purpose. While a booking
 * in a holding status lasts, no other department can book those clients (409 naming the holder).
 * A status change between holding and released is a move of the booking process (BookingMoves).
 * Every write is evented (`Booking…Event`, a status change as a state change) and audited.
 */
@Injectable()
export class BookingService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly statuses: BookingStatusTypeRepository,
    private readonly inputs: BookingInputs,
    private readonly moves: BookingMoves,
    private readonly bookingViews: BookingViews,
    private readonly clients: ClientDirectory,
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async list(query: ListQuery): Promise<Page<BookingView>> {
    const page = await this.bookings.list(query, query.extra.name === undefined ? undefined : nameKeyOf(query.extra.name));
    return new Page(await this.bookingViews.views(page.items), page.total, page.fields);
  }

  async get(idOrName: string): Promise<Versioned<BookingView>> {
    const booking = await this.find(idOrName);
    return new Versioned((await this.bookingViews.views([booking]))[0], booking.version);
  }

  async find(idOrName: string): Promise<Booking> {
    const key = parseIdOrName(idOrName);
    if ('id' in key) {
      const booking = await this.bookings.findById(key.id);
      if (booking) return booking;
    } else {
      const found = await this.bookings.findByNameKey(nameKeyOf(key.name));
      if (found.length > 1)
        throw conflict(COMMUNICATIONS_ERRORS.BOOKING_NAME_AMBIGUOUS, `Several bookings are named «${key.name}»: use the id`);
      if (found.length === 1) return found[0];
    }
    throw notFound(COMMUNICATIONS_ERRORS.BOOKING_NOT_FOUND, `Booking ${idOrName} does not exist`);
  }

  /** One page of the ids of a booking's clients, and how many it has. */
  async clientIdsOf(idOrName: string, query: ListQuery): Promise<{ ids: number[]; total: number }> {
    const booking = await this.find(idOrName);
    return { ids: await this.bookings.clientIdsOf(booking.id, query.offset, query.limit), total: booking.clientCount };
  }

  async create(input: CreateBookingDto, actor: Principal): Promise<Versioned<BookingView>> {
    const now = this.clock.now();
    const beforeDate = this.inputs.futureDate(input.beforeDate, now);
    return this.db.transaction(async () => {
      // First, before any read: a concurrent booking of the same clients waits here for this one.
      await this.clients.lockForBooking(input.clientIds);
      const holder = await this.inputs.holderFor(actor, input.departmentId);
      const status = await this.inputs.status(input.status);
      await this.inputs.assertPurpose(input);
      await this.clients.assertAll(input.clientIds, scopeOf(actor), 'clientIds');
      if (status.holdsClient) await this.moves.assertNotHeld(input.clientIds, holder, now);
      const clientIds = [...new Set(input.clientIds)];
      const booking = await this.bookings.insert({
        name: input.name ?? null,
        nameKey: input.name ? nameKeyOf(input.name) : null,
        departmentId: holder,
        purpose: input.purpose ?? null,
        communicationTypeId: input.communicationTypeId ?? null,
        sendChannelTypeId: input.sendChannelTypeId ?? null,
        documentId: input.documentId ?? null,
        statusTypeId: status.id,
        beforeDate,
        bookedByUserId: actor.userId > 0 ? actor.userId : null,
        bookedByName: actor.username,
        clientCount: clientIds.length,
        createdAt: now,
        updatedAt: now,
      });
      await this.bookings.addClients(booking.id, clientIds);
      const view = (await this.bookingViews.views([booking]))[0];
      await this.bookingViews.recordCreated(booking, actor, view);
      return new Versioned(view, booking.version);
    });
  }

  async update(
    idOrName: string,
    input: UpdateBookingDto,
    expectedVersion: number | undefined,
    actor: Principal,
  ): Promise<Versioned<BookingView>> {
    return retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const booking = await this.find(idOrName);
          await this.inputs.assertMayChange(actor, booking);
          assertVersion(expectedVersion, booking.version, `Booking ${booking.id}`);
          const now = this.clock.now();
          const before = await this.bookingViews.snapshot(booking, (await this.bookingViews.views([booking]))[0]);
          const beforeDate = input.beforeDate === undefined ? booking.beforeDate : this.inputs.futureDate(input.beforeDate, now);
          const current = (await this.statuses.findById(booking.statusTypeId))!;
          const status = input.status === undefined ? current : await this.inputs.status(input.status);
          await this.inputs.assertPurpose(input);
          if (input.addClientIds?.length) await this.clients.assertAll(input.addClientIds, scopeOf(actor), 'addClientIds');
          const added = input.addClientIds?.length ? await this.bookings.addClients(booking.id, input.addClientIds) : 0;
          const removed = input.removeClientIds?.length ? await this.bookings.removeClients(booking.id, input.removeClientIds) : 0;
          const clientCount = added || removed ? await this.bookings.countClients(booking.id) : booking.clientCount;
          if (clientCount === 0)
            throw invalid(
              COMMUNICATIONS_ERRORS.BOOKING_WITHOUT_CLIENTS,
              'A booking keeps at least one client; delete the booking instead',
              [{ field: 'removeClientIds', message: 'would leave no client' }],
            );
          await this.moves.assertMove(booking, current, status, now);
          const name = input.name === undefined ? booking.name : input.name;
          const updated = await this.bookings.update(
            booking,
            {
              name,
              nameKey: name ? nameKeyOf(name) : null,
              purpose: input.purpose === undefined ? booking.purpose : input.purpose,
              ...this.inputs.purposeOf(input, booking),
              statusTypeId: status.id,
              beforeDate,
              clientCount,
              updatedAt: now,
            },
            added + removed > 0,
          );
          const after = (await this.bookingViews.views([updated]))[0];
          await this.moves.recordMove(booking.id, current, status, actor);
          await this.bookingViews.recordChange(booking.id, actor, before, await this.bookingViews.snapshot(updated, after));
          return new Versioned(after, updated.version);
        }),
      expectedVersion,
      `Booking ${idOrName}`,
    );
  }

  async delete(idOrName: string, actor: Principal): Promise<void> {
    await this.db.transaction(async () => {
      const booking = await this.find(idOrName);
      await this.inputs.assertMayChange(actor, booking);
      const before = await this.bookingViews.snapshot(booking, (await this.bookingViews.views([booking]))[0]);
      await this.bookings.delete(booking.id);
      await this.bookingViews.recordChange(booking.id, actor, before, null);
    });
  }

  /**
   * Books one client for the caller's department (`PUT /clients/:id/bookings`): updates the
   * department's own single-client booking of that client if one is ahead (a released one holds
   * again through the booking process, when no other department holds the client), else creates one.
   */
  async bookClient(clientId: number, input: BookClientDto, actor: Principal): Promise<Booking> {
    const now = this.clock.now();
    const beforeDate = this.inputs.futureDate(input.beforeDate, now);
    return this.db.transaction(async () => {
      await this.clients.lockForBooking([clientId]);
      await this.clients.load(clientId, scopeOf(actor));
      const holder = await this.inputs.holderFor(actor, input.departmentId);
      const status = await this.inputs.status(input.status);
      await this.inputs.assertPurpose(input);
      const existing = await this.bookings.ownSingleBooking(clientId, holder, now);
      if (existing) {
        const current = (await this.statuses.findById(existing.statusTypeId))!;
        // The move runs the holder check whenever the booking is to hold its client.
        await this.moves.assertMove(existing, current, status, now);
        const before = await this.bookingViews.snapshot(existing, (await this.bookingViews.views([existing]))[0]);
        const updated = await this.bookings.update(
          existing,
          {
            beforeDate,
            statusTypeId: status.id,
            purpose: input.purpose === undefined ? existing.purpose : input.purpose,
            ...this.inputs.purposeOf(input, existing),
            updatedAt: now,
          },
          false,
        );
        await this.moves.recordMove(existing.id, current, status, actor);
        await this.bookingViews.recordChange(
          existing.id,
          actor,
          before,
          await this.bookingViews.snapshot(updated, (await this.bookingViews.views([updated]))[0]),
        );
        return updated;
      }
      if (status.holdsClient) await this.moves.assertNotHeld([clientId], holder, now);
      const booking = await this.bookings.insert({
        name: null,
        nameKey: null,
        departmentId: holder,
        purpose: input.purpose ?? null,
        communicationTypeId: input.communicationTypeId ?? null,
        sendChannelTypeId: input.sendChannelTypeId ?? null,
        documentId: input.documentId ?? null,
        statusTypeId: status.id,
        beforeDate,
        bookedByUserId: actor.userId > 0 ? actor.userId : null,
        bookedByName: actor.username,
        clientCount: 1,
        createdAt: now,
        updatedAt: now,
      });
      await this.bookings.addClients(booking.id, [clientId]);
      await this.bookingViews.recordCreated(booking, actor, (await this.bookingViews.views([booking]))[0]);
      return booking;
    });
  }

  /** The current booking of each client, as the client representation shows it. */
  async currentOf(clientIds: number[]): Promise<Map<number, ClientBookingView>> {
    const current = await this.bookings.currentOf(clientIds, this.clock.now());
    return new Map(
      [...current].map(([clientId, { booking, status }]) => [
        clientId,
        { bookingId: booking.id, beforeDate: docTime(booking.beforeDate), status: toBookingStatusView(status) },
      ]),
    );
  }
}
