import { Injectable } from '@nestjs/common';
import {
  applyListQuery,
  chunked,
  Database,
  distinct,
  type ListQuery,
  lockRows,
  Page,
  rawDate,
  rowIdOf,
  updateIfVersion,
} from '@contactly/platform';
import { In } from 'typeorm';
import { BookingStatusType } from '../booking-status-type/booking-status-type.entity.js';
import { BOOKING_LIST } from './booking.list.js';
import { Booking, BookingClient } from './booking.entity.js';

/** A booking that holds a client now, as a conflict reports it. */
export interface Holding {
  clientId: number;
  bookingId: number;
  departmentId: number | null;
  beforeDate: Date;
  bookedByName: string;
}

/** Who a booking is for: a department, or (null) someone in no department. */
export type Holder = number | null;

@Injectable()
export class BookingRepository {
  constructor(private readonly db: Database) {}

  private get bookings() {
    return this.db.repository(Booking);
  }

  private get members() {
    return this.db.repository(BookingClient);
  }

  findById(id: number): Promise<Booking | null> {
    return this.bookings.findOneBy({ id });
  }

  findByNameKey(nameKey: string): Promise<Booking[]> {
    return this.bookings.find({ where: { nameKey }, order: { id: 'ASC' }, take: 2 });
  }

  async list(query: ListQuery, nameKey: string | undefined): Promise<Page<Booking>> {
    const qb = this.bookings.createQueryBuilder('b');
    if (nameKey !== undefined) qb.andWhere('b.name_key = :nameKey', { nameKey });
    const clientId = query.extra.clientId;
    if (clientId !== undefined)
      qb.innerJoin(BookingClient, 'bc', 'bc.booking_id = b.id AND bc.client_id = :clientId', { clientId: rowIdOf(clientId) });
    const [rows, total] = await applyListQuery(qb, query, BOOKING_LIST).getManyAndCount();
    return new Page(rows, total, query.fields);
  }

  async insert(values: Omit<Booking, 'id' | 'version'>): Promise<Booking> {
    const result = await this.bookings.insert({ ...values, version: 1 });
    return this.bookings.findOneByOrFail({ id: result.identifiers[0].id as number });
  }

  /** Optimistic update; returns the stored row. */
  async update(booking: Booking, changes: Partial<Booking>, membersChanged: boolean): Promise<Booking> {
    const written = await updateIfVersion(this.db.manager, Booking, booking, changes, membersChanged);
    return written ? this.bookings.findOneByOrFail({ id: booking.id }) : booking;
  }

  async delete(id: number): Promise<void> {
    await this.bookings.delete({ id });
  }

  /** Adds clients not yet in the booking; returns how many were added. */
  async addClients(bookingId: number, clientIds: number[]): Promise<number> {
    let added = 0;
    for (const chunk of chunked(distinct(clientIds))) {
      const present = new Set(
        (await this.members.find({ select: { clientId: true }, where: { bookingId, clientId: In(chunk) } })).map((m) => m.clientId),
      );
      const fresh = chunk.filter((id) => !present.has(id));
      if (fresh.length) await this.members.insert(fresh.map((clientId) => ({ bookingId, clientId })));
      added += fresh.length;
    }
    return added;
  }

  async removeClients(bookingId: number, clientIds: number[]): Promise<number> {
    let removed = 0;
    for (const chunk of chunked(distinct(clientIds)))
      removed += (await this.members.delete({ bookingId, clientId: In(chunk) })).affected ?? 0;
    return removed;
  }

  /** The bookings the client is in, by id. */
  async bookingIdsOf(clientId: number): Promise<number[]> {
    return (await this.members.find({ select: { bookingId: true }, where: { clientId }, order: { bookingId: 'ASC' } })).map(
      (m) => m.bookingId,
    );
  }

  countClients(bookingId: number): Promise<number> {
    return this.members.countBy({ bookingId });
  }

  /** The client ids of a booking, by id, one page. */
  async clientIdsOf(bookingId: number, offset: number, limit: number): Promise<number[]> {
    const rows = await this.members.find({
      select: { clientId: true },
      where: { bookingId },
      order: { clientId: 'ASC' },
      skip: offset,
      take: limit,
    });
    return rows.map((r) => r.clientId);
  }

  /**
   * Bookings of another holder that hold any of the clients at `now` (a holding status, beforeDate
   * ahead), oldest first; `exceptBookingId` is the booking being changed. A locking read.
   */
  async holdingsOfOthers(clientIds: number[], holder: Holder, now: Date, exceptBookingId?: number): Promise<Holding[]> {
    const holdings: Holding[] = [];
    for (const chunk of chunked(distinct(clientIds)))
      holdings.push(...(await this.readHoldings(chunk, holder, now, { exceptBookingId, lock: true })));
    return holdings;
  }

  /**
   * The same for a send to many clients (plain reads, large chunks): every holding by another
   * holder that lasts beyond `from`, so each recipient can be checked at their own send time.
   */
  async holdingsOfOthersAmong(clientIds: number[], holder: Holder, from: Date): Promise<Map<number, Holding[]>> {
    const byClient = new Map<number, Holding[]>();
    for (const chunk of chunked(distinct(clientIds), 5_000)) {
      for (const holding of await this.readHoldings(chunk, holder, from, { lock: false })) {
        const list = byClient.get(holding.clientId);
        if (list) list.push(holding);
        else byClient.set(holding.clientId, [holding]);
      }
    }
    return byClient;
  }

  private async readHoldings(
    chunk: number[],
    holder: Holder,
    now: Date,
    options: { exceptBookingId?: number; lock: boolean },
  ): Promise<Holding[]> {
    const qb = this.members
      .createQueryBuilder('bc')
      .innerJoin(Booking, 'b', 'b.id = bc.booking_id')
      .innerJoin(BookingStatusType, 's', 's.id = b.status_type_id')
      .select('bc.client_id', 'clientId')
      .addSelect('b.id', 'bookingId')
      .addSelect('b.department_id', 'departmentId')
      .addSelect('b.before_date', 'beforeDate')
      .addSelect('b.booked_by_name', 'bookedByName')
      .where('bc.client_id IN (:...chunk)', { chunk })
      .andWhere('b.before_date > :now', { now })
      .andWhere('s.holds_client = :holds', { holds: true });
    if (holder === null) qb.andWhere('b.department_id IS NOT NULL');
    else qb.andWhere('(b.department_id IS NULL OR b.department_id <> :holder)', { holder });
    if (options.exceptBookingId !== undefined) qb.andWhere('b.id <> :exceptBookingId', { exceptBookingId: options.exceptBookingId });
    // A locking read sees what other transactions committed after this one began (MariaDB).
    if (options.lock) lockRows(qb, 'read');
    const rows = await qb
      .orderBy('b.id', 'ASC')
      .getRawMany<{ clientId: number; bookingId: number; departmentId: number | null; beforeDate: Date | string; bookedByName: string }>();
    return rows.map((r) => ({
      clientId: Number(r.clientId),
      bookingId: Number(r.bookingId),
      departmentId: r.departmentId === null ? null : Number(r.departmentId),
      beforeDate: rawDate(r.beforeDate),
      bookedByName: r.bookedByName,
    }));
  }

  /**
   * Each client's current booking: the one whose beforeDate is ahead, preferring one that holds,
   * then the latest beforeDate. One query for a page of clients.
   */
  async currentOf(clientIds: number[], now: Date): Promise<Map<number, { booking: Booking; status: BookingStatusType }>> {
    const current = new Map<number, { booking: Booking; status: BookingStatusType }>();
    if (!clientIds.length) return current;
    const rows = await this.members
      .createQueryBuilder('bc')
      .innerJoinAndSelect('bc.booking', 'b')
      .innerJoinAndSelect('b.statusType', 's')
      .where('bc.client_id IN (:...clientIds)', { clientIds: distinct(clientIds) })
      .andWhere('b.before_date > :now', { now })
      .getMany();
    const rank = (x: { booking: Booking; status: BookingStatusType }) => [
      x.status.holdsClient ? 1 : 0,
      x.booking.beforeDate.getTime(),
      x.booking.id,
    ];
    const better = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
    for (const row of rows) {
      const candidate = { booking: row.booking!, status: row.booking!.statusType! };
      const seen = current.get(row.clientId);
      if (!seen || better(rank(candidate), rank(seen)) > 0) current.set(row.clientId, candidate);
    }
    return current;
  }

  /** The client's own single-client booking of this holder that is still ahead (PUT /clients/:id/bookings updates it). */
  async ownSingleBooking(clientId: number, holder: Holder, now: Date): Promise<Booking | null> {
    const qb = this.bookings
      .createQueryBuilder('b')
      .innerJoin(BookingClient, 'bc', 'bc.booking_id = b.id AND bc.client_id = :clientId', { clientId })
      .where('b.client_count = 1')
      .andWhere('b.before_date > :now', { now });
    if (holder === null) qb.andWhere('b.department_id IS NULL');
    else qb.andWhere('b.department_id = :holder', { holder });
    return qb.orderBy('b.id', 'DESC').getOne();
  }
}
