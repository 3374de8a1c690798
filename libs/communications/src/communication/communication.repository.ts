import { Injectable } from '@nestjs/common';
import {
  applyListQuery,
  bulkInsert,
  type DataScope,
  Database,
  type ListQuery,
  lockRows,
  Page,
  updateIfVersion,
  TotalCache,
  chunked,
  distinct,
  rawDate,
} from '@contactly/platform';
import { CustomerDirectory } from '@contactly/customers';
import { In, type SelectQueryBuilder } from 'typeorm';
import { ClientGroupMember } from '../client-group/client-group.entity.js';
import { CAPPED_STATUSES, type CommunicationStatus } from './communication-status.js';
import { Communication } from './communication.entity.js';
import { COMMUNICATION_LIST } from './communication.list.js';

/** Ids per `IN (…)` of the bulk reads and writes: few round trips, safe for both dialects. */
const CHUNK = 5_000;

/** A communication a batch moved, and the status it left. */
export interface StatusMove {
  id: number;
  from: CommunicationStatus;
}

/** Which communications a bulk status update or an availability figure is about. */
export interface CommunicationSelection {
  ids?: number[];
  departmentId?: number;
  clientIds?: number[];
  groupId?: number;
  mailingId?: number;
  /** Sent (scheduled) within [from, to). */
  from?: Date;
  to?: Date;
}

/**
 * Communications: one row per recipient. Lists and reads apply the caller's scope (a subscriber sees
 * only their own; an affiliate only its customers'); the hot paths (a send to 100,000 clients, the
 * dispatcher's claims and outcomes) work on sets of ids with multi-row statements.
 */
@Injectable()
export class CommunicationRepository {
  private readonly totals = new TotalCache();

  constructor(
    private readonly db: Database,
    private readonly customers: CustomerDirectory,
  ) {}

  private get rows() {
    return this.db.repository(Communication);
  }

  /** Each client's latest communication (not the transactional codes, which are never shown), for a page of clients. */
  async latestOf(clientIds: number[]): Promise<Map<number, Communication>> {
    const latest = new Map<number, Communication>();
    if (!clientIds.length) return latest;
    const newest = this.rows
      .createQueryBuilder('n')
      .select('MAX(n.id)')
      .where('n.client_id IN (:...clientIds)')
      .andWhere('n.transactional = :transactional')
      .groupBy('n.client_id');
    const rows = await this.rows
      .createQueryBuilder('c')
      .where(`c.id IN (${newest.getQuery()})`)
      .setParameters({ clientIds: distinct(clientIds), transactional: false })
      .getMany();
    for (const row of rows) if (row.clientId !== null) latest.set(row.clientId, row);
    return latest;
  }

  /** The client's newest communication that went out (not a transactional code), by when it was sent. */
  lastSentTo(clientId: number): Promise<Communication | null> {
    return this.rows
      .createQueryBuilder('c')
      .where('c.client_id = :clientId', { clientId })
      .andWhere('c.transactional = :transactional', { transactional: false })
      .andWhere('c.sent_at IS NOT NULL')
      .orderBy('c.sent_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(1)
      .getOne();
  }

  private scoped(scope: DataScope): SelectQueryBuilder<Communication> {
    const qb = this.rows.createQueryBuilder('c');
    switch (scope.kind) {
      case 'all':
        return qb;
      case 'customer':
        return qb.andWhere('c.client_id = :scopeCustomerId', { scopeCustomerId: scope.customerId });
      case 'affiliate':
        return this.customers.narrowToPartiesOfAffiliate(qb, 'c.client_id', scope.affiliateId);
      case 'none':
        return qb.andWhere('1 = 0');
    }
  }

  /** A page: rows in index order, and a total counted once per few seconds when it is large. */
  async list(query: ListQuery, scope: DataScope, nameKey: string | undefined): Promise<Page<Communication>> {
    const qb = this.scoped(scope);
    if (nameKey !== undefined) qb.andWhere('c.name_key = :nameKey', { nameKey });
    applyListQuery(qb, query, COMMUNICATION_LIST);
    const rows = await qb.getMany();
    const key = JSON.stringify([
      scope,
      nameKey,
      query.filters.map((f) => [f.column, f.operator, f.value instanceof Date ? f.value.toISOString() : f.value]),
    ]);
    const total = await this.totals.get(key, async () => {
      const row = await qb.clone().orderBy().offset(undefined).limit(undefined).select('COUNT(*)', 'n').getRawOne<{ n: number | string }>();
      return Number(row?.n ?? 0);
    });
    return new Page(rows, total, query.fields);
  }

  findById(id: number, scope: DataScope): Promise<Communication | null> {
    return this.scoped(scope).andWhere('c.id = :id', { id }).getOne();
  }

  /** At most two, to tell an ambiguous name. */
  findByNameKey(nameKey: string, scope: DataScope): Promise<Communication[]> {
    return this.scoped(scope).andWhere('c.name_key = :nameKey', { nameKey }).orderBy('c.id', 'ASC').limit(2).getMany();
  }

  async insertOne(values: Omit<Communication, 'id' | 'version' | 'claimToken'>): Promise<Communication> {
    // JSON columns (answers) go through their transformer, which TypeORM's insert type does not know.
    const result = await this.rows.insert({ ...values, version: 1 } as never);
    return this.rows.findOneByOrFail({ id: result.identifiers[0].id as number });
  }

  /** Many rows in multi-row inserts (a column no row sets is left to its default, NULL); their ids are read back by their mailing. */
  async insertMany(values: Partial<Communication>[]): Promise<void> {
    await bulkInsert(this.db.manager, Communication, values);
  }

  /** The id of each client's communication in a mailing. */
  async idsOfMailing(mailingId: number): Promise<Map<number, number>> {
    const rows = await this.rows
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .addSelect('c.client_id', 'clientId')
      .where('c.mailing_id = :mailingId', { mailingId })
      .getRawMany<{ id: number | string; clientId: number | string }>();
    return new Map(rows.map((r) => [Number(r.clientId), Number(r.id)]));
  }

  /**
   * When each client's counted communications on the channel are planned or were sent within
   * (from, to): what frequency caps count (transactional messages do not).
   */
  async sendTimesAmong(clientIds: number[], sendChannelTypeId: number, from: Date, to: Date): Promise<Map<number, Date[]>> {
    const byClient = new Map<number, Date[]>();
    for (const chunk of chunked(distinct(clientIds), CHUNK)) {
      const rows = await this.rows
        .createQueryBuilder('c')
        .select('c.client_id', 'clientId')
        .addSelect('c.scheduled_at', 'scheduledAt')
        .where('c.client_id IN (:...chunk)', { chunk })
        .andWhere('c.send_channel_type_id = :sendChannelTypeId', { sendChannelTypeId })
        .andWhere('c.scheduled_at > :from AND c.scheduled_at < :to', { from, to })
        .andWhere('c.status IN (:...counted)', { counted: CAPPED_STATUSES })
        .andWhere('c.transactional = :transactional', { transactional: false })
        .getRawMany<{ clientId: number | string; scheduledAt: Date | string }>();
      for (const row of rows) {
        const clientId = Number(row.clientId);
        const list = byClient.get(clientId);
        if (list) list.push(rawDate(row.scheduledAt));
        else byClient.set(clientId, [rawDate(row.scheduledAt)]);
      }
    }
    return byClient;
  }

  /** Optimistic update (VersionConflict when someone wrote first); returns the row as stored. */
  async update(row: Communication, changes: Partial<Communication>): Promise<Communication> {
    const written = await updateIfVersion(this.db.manager, Communication, row, changes);
    return written ? this.rows.findOneByOrFail({ id: row.id }) : row;
  }

  /**
   * Claims due communications for sending: scheduled ones whose time has come (oldest first), then
   * sending ones whose claim expired (an instance stopped mid-send). Skips rows another transaction
   * holds (MariaDB), so claims never overlap; each claimed row is `sending` until `claimUntil`.
   */
  async claimDue(now: Date, limit: number, claimUntil: Date, claimToken: string): Promise<Communication[]> {
    return this.db.transaction(async () => {
      const claimed = await this.due('scheduled', now, limit);
      if (claimed.length < limit) claimed.push(...(await this.due('sending', now, limit - claimed.length)));
      if (!claimed.length) return [];
      const ids = claimed.map((c) => c.id);
      await this.rows
        .createQueryBuilder()
        .update(Communication)
        .set({ status: 'sending', dueAt: claimUntil, claimToken, statusChangedAt: now, updatedAt: now, attempts: () => 'attempts + 1' })
        .where('id IN (:...ids)', { ids })
        .execute();
      return claimed.map((c) => ({
        ...c,
        status: 'sending' as const,
        dueAt: claimUntil,
        claimToken,
        attempts: c.attempts + 1,
        version: c.version + 1,
      }));
    });
  }

  /**
   * Gives back what a claim took and could not finish: due again now, the attempt not counted.
   * Whatever of it was sent already goes again — the provider keeps it once (its Idempotency-Key).
   */
  async releaseClaim(claimToken: string, now: Date): Promise<number> {
    const released = await this.rows
      .createQueryBuilder()
      .update(Communication)
      .set({ status: 'scheduled', dueAt: now, claimToken: null, updatedAt: now, attempts: () => 'attempts - 1' })
      .where('claim_token = :claimToken AND status = :status', { claimToken, status: 'sending' })
      .execute();
    return released.affected ?? 0;
  }

  private due(status: 'scheduled' | 'sending', now: Date, limit: number): Promise<Communication[]> {
    const qb = this.rows
      .createQueryBuilder('c')
      .where('c.status = :status AND c.due_at <= :now', { status, now })
      .orderBy('c.due_at', 'ASC')
      .limit(limit);
    return lockRows(qb, 'write-skip-locked').getMany();
  }

  /**
   * Moves the communications among `ids` that are in one of `from` to a status, with the given
   * columns; returns the ids it moved with the status each left (a row that moved on meanwhile is
   * left alone).
   */
  async moveStatus(ids: number[], from: readonly CommunicationStatus[], changes: Partial<Communication>): Promise<StatusMove[]> {
    const moved: StatusMove[] = [];
    for (const chunk of chunked(distinct(ids), CHUNK)) {
      // Locked (MariaDB) so that the rows read are exactly the rows the update moves: a row the dispatcher claims
      // meanwhile is either waited for and then no longer eligible, or moved here first — never recorded as moved when it was not.
      const eligible = await lockRows(
        this.rows
          .createQueryBuilder('c')
          .select(['c.id', 'c.status'])
          .where('c.id IN (:...chunk)', { chunk })
          .andWhere('c.status IN (:...from)', { from })
          .orderBy('c.id', 'ASC'),
        'write',
      ).getMany();
      if (!eligible.length) continue;
      const eligibleIds = eligible.map((r) => r.id);
      await this.rows
        .createQueryBuilder()
        .update(Communication)
        .set(changes as never)
        .where('id IN (:...eligible)', { eligible: eligibleIds })
        .andWhere('status IN (:...from)', { from })
        .execute();
      moved.push(...eligible.map((r) => ({ id: r.id, from: r.status })));
    }
    return moved;
  }

  /** Rows by id (events, views of a batch). */
  async findByIds(ids: number[]): Promise<Communication[]> {
    const found: Communication[] = [];
    for (const chunk of chunked(distinct(ids), 1_000)) found.push(...(await this.rows.findBy({ id: In(chunk) })));
    return found.sort((a, b) => a.id - b.id);
  }

  /** The next ids after `afterId` of the selection that are in one of the statuses (a bulk update pages by id). */
  async idsSelected(
    selection: CommunicationSelection,
    statuses: readonly CommunicationStatus[],
    afterId: number,
    limit: number,
  ): Promise<number[]> {
    const qb = this.selected(selection)
      .select('c.id', 'id')
      .andWhere('c.status IN (:...statuses)', { statuses })
      .andWhere('c.id > :afterId', { afterId })
      .orderBy('c.id', 'ASC')
      .limit(limit);
    return (await qb.getRawMany<{ id: number | string }>()).map((r) => Number(r.id));
  }

  /** How many communications of the selection are in each status. */
  async countByStatus(selection: CommunicationSelection): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    const add = (rows: { status: string; n: number | string }[]) => {
      for (const row of rows) counts[row.status] = (counts[row.status] ?? 0) + Number(row.n);
    };
    if (selection.clientIds) {
      for (const chunk of chunked(distinct(selection.clientIds), CHUNK)) {
        add(
          await this.selected({ ...selection, clientIds: chunk })
            .select('c.status', 'status')
            .addSelect('COUNT(*)', 'n')
            .groupBy('c.status')
            .getRawMany(),
        );
      }
      return counts;
    }
    add(await this.selected(selection).select('c.status', 'status').addSelect('COUNT(*)', 'n').groupBy('c.status').getRawMany());
    return counts;
  }

  private selected(selection: CommunicationSelection): SelectQueryBuilder<Communication> {
    const qb = this.rows.createQueryBuilder('c');
    if (selection.ids) qb.andWhere(selection.ids.length ? 'c.id IN (:...selIds)' : '1 = 0', { selIds: selection.ids });
    if (selection.departmentId !== undefined)
      qb.andWhere('c.department_id = :selDepartmentId', { selDepartmentId: selection.departmentId });
    if (selection.mailingId !== undefined) qb.andWhere('c.mailing_id = :selMailingId', { selMailingId: selection.mailingId });
    if (selection.clientIds)
      qb.andWhere(selection.clientIds.length ? 'c.client_id IN (:...selClientIds)' : '1 = 0', { selClientIds: selection.clientIds });
    if (selection.groupId !== undefined)
      qb.innerJoin(ClientGroupMember, 'm', 'm.client_id = c.client_id AND m.group_id = :selGroupId', { selGroupId: selection.groupId });
    if (selection.from) qb.andWhere('c.scheduled_at >= :selFrom', { selFrom: selection.from });
    if (selection.to) qb.andWhere('c.scheduled_at < :selTo', { selTo: selection.to });
    return qb;
  }
}
