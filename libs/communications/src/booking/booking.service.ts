import { Injectable } from '@nestjs/common';
import {
  PLATFORM_ERRORS,
  assertVersion,
  ChangeRecorder,
  Clock,
  conflict,
  Database,
  forbidden,
  invalid,
  type ListQuery,
  notFound,
  Page,
  type Principal,
  retryOnVersionConflict,
  scopeOf,
  StateTransitionRecorder,
  unprocessable,
  Versioned,
} from '@contactly/platform';
import type { BookingStatusType } from '../booking-status-type/booking-status-type.entity.js';
import { BookingStatusTypeRepository } from '../booking-status-type/booking-status-type.repository.js';
import { toBookingStatusView } from '../booking-status-type/booking-status-type.service.js';
import { ClientDirectory } from '../client/client-directory.js';
import type { BookClientDto, BookingStatusRefDto, ClientBookingView } from '../client/dto/client.dto.js';
import { DepartmentRepository } from '../department/department.repository.js';
import { DocumentRepository } from '../document/document.repository.js';
import { EmployeeRepository } from '../employee/employee.repository.js';
import { BOOKED_STATUS_NAME } from '../migrations/catalog-seeds.js';
import { CatalogRefs } from '../shared/catalog-refs.js';
import { docTime } from '../shared/doc-time.js';
import { nameKeyOf, parseIdOrName } from '../shared/names.js';
import type { Booking } from './booking.entity.js';
import { bookingProcess, bookingStateOf } from './booking-process.js';
import { type Holder, type Holding, BookingRepository } from './booking.repository.js';
import type { BookingView, CreateBookingDto, UpdateBookingDto } from './dto/booking.dto.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/** Client ids an event or audit entry lists in full; a larger group is recorded by its count. */
const SNAPSHOT_CLIENT_IDS = 500;

type Purpose = Pick<Booking, 'communicationTypeId' | 'sendChannelTypeId' | 'documentId'>;

/**
 * Bookings: a department reserves a client or a group until a date for a purpose. While a booking
 * in a holding status lasts, no other department can book those clients (409 naming the holder).
 * Every write is evented (`Booking…Event`, a status change as a state change) and audited.
 */
@Injectable()
export class BookingService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly statuses: BookingStatusTypeRepository,
    private readonly departments: DepartmentRepository,
    private readonly documents: DocumentRepository,
    private readonly employees: EmployeeRepository,
    private readonly clients: ClientDirectory,
    private readonly refs: CatalogRefs,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
    private readonly transitions: StateTransitionRecorder,
    private readonly clock: Clock,
  ) {}

  async list(query: ListQuery): Promise<Page<BookingView>> {
    const page = await this.bookings.list(query, query.extra.name === undefined ? undefined : nameKeyOf(query.extra.name));
    return new Page(await this.views(page.items), page.total, page.fields);
  }

  async get(idOrName: string): Promise<Versioned<BookingView>> {
    const booking = await this.find(idOrName);
    return new Versioned((await this.views([booking]))[0], booking.version);
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
    const beforeDate = this.futureDate(input.beforeDate, now);
    return this.db.transaction(async () => {
      // First, before any read: a concurrent booking of the same clients waits here for this one.
      await this.clients.lockForBooking(input.clientIds);
      const holder = await this.holderFor(actor, input.departmentId);
      const status = await this.status(input.status);
      await this.assertPurpose(input);
      await this.clients.assertAll(input.clientIds, scopeOf(actor), 'clientIds');
      if (status.holdsClient) await this.assertNotHeld(input.clientIds, holder, now);
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
      const view = (await this.views([booking]))[0];
      await this.record(booking, actor, null, view);
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
          await this.assertMayChange(actor, booking);
          assertVersion(expectedVersion, booking.version, `Booking ${booking.id}`);
          const now = this.clock.now();
          const before = (await this.views([booking]))[0];
          const beforeSnapshot = await this.snapshot(booking, before);
          const beforeDate = input.beforeDate === undefined ? booking.beforeDate : this.futureDate(input.beforeDate, now);
          const current = (await this.statuses.findById(booking.statusTypeId))!;
          const status = input.status === undefined ? current : await this.status(input.status);
          bookingProcess.assertAllowed(bookingStateOf(current), bookingStateOf(status), booking.id);
          await this.assertPurpose(input);
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
          if (status.holdsClient) {
            const members = await this.bookings.clientIdsOf(booking.id, 0, 2_000_000_000);
            await this.clients.lockForBooking(members);
            await this.assertNotHeld(members, booking.departmentId, now, booking.id);
          }
          const name = input.name === undefined ? booking.name : input.name;
          const updated = await this.bookings.update(
            booking,
            {
              name,
              nameKey: name ? nameKeyOf(name) : null,
              purpose: input.purpose === undefined ? booking.purpose : input.purpose,
              ...this.purposeOf(input, booking),
              statusTypeId: status.id,
              beforeDate,
              clientCount,
              updatedAt: now,
            },
            added + removed > 0,
          );
          const after = (await this.views([updated]))[0];
          await this.recordMove(booking.id, current, status, actor);
          await this.changes.record({
            resource: 'Booking',
            resourceType: 'booking',
            resourceId: booking.id,
            actor,
            before: beforeSnapshot,
            after: await this.snapshot(updated, after),
            stateAttribute: 'statusId',
          });
          return new Versioned(after, updated.version);
        }),
      expectedVersion,
      `Booking ${idOrName}`,
    );
  }

  async delete(idOrName: string, actor: Principal): Promise<void> {
    await this.db.transaction(async () => {
      const booking = await this.find(idOrName);
      await this.assertMayChange(actor, booking);
      const before = await this.snapshot(booking, (await this.views([booking]))[0]);
      await this.bookings.delete(booking.id);
      await this.changes.record({
        resource: 'Booking',
        resourceType: 'booking',
        resourceId: booking.id,
        actor,
        before,
        after: null,
        stateAttribute: 'statusId',
      });
    });
  }

  /**
   * Books one client for the caller's department (`PUT /clients/:id/bookings`): updates the
   * department's own single-client booking of that client if one is ahead, else creates one.
   */
  async bookClient(clientId: number, input: BookClientDto, actor: Principal): Promise<Booking> {
    const now = this.clock.now();
    const beforeDate = this.futureDate(input.beforeDate, now);
    return this.db.transaction(async () => {
      await this.clients.lockForBooking([clientId]);
      await this.clients.load(clientId, scopeOf(actor));
      const holder = await this.holderFor(actor, input.departmentId);
      const status = await this.status(input.status);
      await this.assertPurpose(input);
      if (status.holdsClient) await this.assertNotHeld([clientId], holder, now);
      const existing = await this.bookings.ownSingleBooking(clientId, holder, now);
      const current = existing && (await this.statuses.findById(existing.statusTypeId));
      // A released booking stays released: booking the client again makes a new booking.
      if (existing && current && bookingProcess.canMove(bookingStateOf(current), bookingStateOf(status))) {
        const before = await this.snapshot(existing, (await this.views([existing]))[0]);
        const updated = await this.bookings.update(
          existing,
          {
            beforeDate,
            statusTypeId: status.id,
            purpose: input.purpose === undefined ? existing.purpose : input.purpose,
            ...this.purposeOf(input, existing),
            updatedAt: now,
          },
          false,
        );
        await this.recordMove(existing.id, current, status, actor);
        await this.changes.record({
          resource: 'Booking',
          resourceType: 'booking',
          resourceId: existing.id,
          actor,
          before,
          after: await this.snapshot(updated, (await this.views([updated]))[0]),
          stateAttribute: 'statusId',
        });
        return updated;
      }
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
      await this.record(booking, actor, null, (await this.views([booking]))[0]);
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

  private async views(bookings: Booking[]): Promise<BookingView[]> {
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
  private async snapshot(booking: Booking, view: BookingView) {
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

  private async record(booking: Booking, actor: Principal, before: BookingView | null, after: BookingView): Promise<void> {
    await this.changes.record({
      resource: 'Booking',
      resourceType: 'booking',
      resourceId: booking.id,
      actor,
      before: before && (await this.snapshot(booking, before)),
      after: await this.snapshot(booking, after),
      stateAttribute: 'statusId',
    });
  }

  /** A move between holding and released in the booking process's history (its event: the ChangeRecorder's state change). */
  private async recordMove(bookingId: number, from: BookingStatusType, to: BookingStatusType, actor: Principal): Promise<void> {
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

  /**
   * Whose booking it is: the department named (which must exist; an employee books for their own
   * unless they administer communications), else the caller's own department, else none.
   */
  private async holderFor(actor: Principal, departmentId: number | undefined): Promise<Holder> {
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
  private async assertMayChange(actor: Principal, booking: Booking): Promise<void> {
    if (actor.permissions.has('communications:admin')) return;
    const employee = await this.employees.findByUserId(actor.userId);
    if (booking.departmentId === null || employee?.departmentId !== booking.departmentId) {
      throw forbidden(
        COMMUNICATIONS_ERRORS.FOREIGN_DEPARTMENT,
        `Booking ${booking.id} belongs to ${booking.departmentId === null ? 'no department' : `department ${booking.departmentId}`}; you change your own department's bookings`,
      );
    }
  }

  private async status(ref: BookingStatusRefDto | undefined): Promise<BookingStatusType> {
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

  private futureDate(value: string, now: Date): Date {
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

  private async assertPurpose(input: Partial<Purpose>): Promise<void> {
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

  private purposeOf(input: Partial<Purpose>, current: Purpose): Purpose {
    return {
      communicationTypeId: input.communicationTypeId === undefined ? current.communicationTypeId : input.communicationTypeId,
      sendChannelTypeId: input.sendChannelTypeId === undefined ? current.sendChannelTypeId : input.sendChannelTypeId,
      documentId: input.documentId === undefined ? current.documentId : input.documentId,
    };
  }

  /** 409 naming who holds the clients, when another department's booking holds any of them now. */
  private async assertNotHeld(clientIds: number[], holder: Holder, now: Date, exceptBookingId?: number): Promise<void> {
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
}
