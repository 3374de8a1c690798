import { Injectable } from '@nestjs/common';
import { bulkInsert, Database, chunked, distinct, lockRows } from '@contactly/platform';
import { In } from 'typeorm';
import { NamedRowRepository } from '../shared/named-row.repository.js';
import { ClientGroup, ClientGroupMember } from './client-group.entity.js';

@Injectable()
export class ClientGroupRepository extends NamedRowRepository<ClientGroup> {
  constructor(db: Database) {
    super(db, ClientGroup, 'g');
  }

  private get members() {
    return this.db.repository(ClientGroupMember);
  }

  /** Adds the clients not yet in the group (multi-row inserts); returns those it added. */
  async addClients(groupId: number, clientIds: number[]): Promise<number[]> {
    const added: number[] = [];
    for (const chunk of chunked(distinct(clientIds), 5_000)) {
      const present = new Set(
        (await this.members.find({ select: { clientId: true }, where: { groupId, clientId: In(chunk) } })).map((m) => m.clientId),
      );
      const fresh = chunk.filter((id) => !present.has(id));
      await bulkInsert(
        this.db.manager,
        ClientGroupMember,
        fresh.map((clientId) => ({ groupId, clientId })),
      );
      added.push(...fresh);
    }
    return added;
  }

  /** Takes the clients out of the group; returns those that were in it. */
  async removeClients(groupId: number, clientIds: number[]): Promise<number[]> {
    const removed: number[] = [];
    for (const chunk of chunked(distinct(clientIds), 5_000)) {
      const present = (await this.members.find({ select: { clientId: true }, where: { groupId, clientId: In(chunk) } })).map(
        (m) => m.clientId,
      );
      if (!present.length) continue;
      await this.members.delete({ groupId, clientId: In(present) });
      removed.push(...present);
    }
    return removed;
  }

  /**
   * Takes the client out of the group and counts it one member less, without a version check: the
   * group row is locked (`FOR UPDATE`) and read as it is now, so nothing can conflict, and a retry
   * would not help inside another lib's transaction (MariaDB keeps reading its first snapshot).
   * Returns the group before and after, or null when the client was no (longer a) member.
   */
  async removeMember(groupId: number, clientId: number, now: Date): Promise<{ before: ClientGroup; after: ClientGroup } | null> {
    const before = await lockRows(this.rows.createQueryBuilder('g').where('g.id = :groupId', { groupId })).getOne();
    if (!before) return null;
    const { affected } = await this.members.delete({ groupId, clientId });
    if (!affected) return null;
    await this.rows
      .createQueryBuilder()
      .update()
      .set({ clientCount: () => 'client_count - 1', version: () => 'version + 1', updatedAt: now })
      .where('id = :groupId', { groupId })
      .execute();
    return { before, after: { ...before, clientCount: before.clientCount - 1, version: before.version + 1, updatedAt: now } };
  }

  /** The groups the client is a member of, by id. */
  async groupIdsOf(clientId: number): Promise<number[]> {
    return (await this.members.find({ select: { groupId: true }, where: { clientId }, order: { groupId: 'ASC' } })).map((m) => m.groupId);
  }

  countClients(groupId: number): Promise<number> {
    return this.members.countBy({ groupId });
  }

  /** One page of the group's client ids, by id. */
  async clientIdsPage(groupId: number, offset: number, limit: number): Promise<number[]> {
    const rows = await this.members.find({
      select: { clientId: true },
      where: { groupId },
      order: { clientId: 'ASC' },
      skip: offset,
      take: limit,
    });
    return rows.map((r) => r.clientId);
  }

  /** Every client id of the group (a send to the group), at most `max + 1`. */
  async clientIds(groupId: number, max: number): Promise<number[]> {
    const rows = await this.members
      .createQueryBuilder('m')
      .select('m.client_id', 'clientId')
      .where('m.group_id = :groupId', { groupId })
      .orderBy('m.client_id', 'ASC')
      .limit(max + 1)
      .getRawMany<{ clientId: number | string }>();
    return rows.map((r) => Number(r.clientId));
  }
}
