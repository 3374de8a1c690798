import { Injectable } from '@nestjs/common';
import { applyListQuery, Database, type ListQuery, Page, updateIfVersion, chunked, distinct } from '@contactly/platform';
import type { SelectQueryBuilder } from 'typeorm';
import { CHANNEL_BLOCK_LIST } from './channel-block.list.js';
import { ChannelBlock } from './channel-block.entity.js';

const inForce = (qb: SelectQueryBuilder<ChannelBlock>, now: Date) => qb.andWhere('(cb.until IS NULL OR cb.until > :now)', { now });

@Injectable()
export class ChannelBlockRepository {
  constructor(private readonly db: Database) {}

  private get blocks() {
    return this.db.repository(ChannelBlock);
  }

  findById(id: number): Promise<ChannelBlock | null> {
    return this.blocks.findOneBy({ id });
  }

  /** `narrow` restricts the rows to the caller's clients (see ClientDirectory.narrowToClientsOf). */
  async list(
    query: ListQuery,
    now: Date,
    restrict: { sendChannelTypeId?: number },
    narrow: (qb: SelectQueryBuilder<ChannelBlock>) => SelectQueryBuilder<ChannelBlock>,
  ): Promise<Page<ChannelBlock>> {
    const qb = narrow(this.blocks.createQueryBuilder('cb'));
    if (restrict.sendChannelTypeId !== undefined)
      qb.andWhere('cb.send_channel_type_id = :channelId', { channelId: restrict.sendChannelTypeId });
    if (query.extra.active === 'true') inForce(qb, now);
    if (query.extra.active === 'false') qb.andWhere('cb.until IS NOT NULL AND cb.until <= :now', { now });
    const [rows, total] = await applyListQuery(qb, query, CHANNEL_BLOCK_LIST).getManyAndCount();
    return new Page(rows, total, query.fields);
  }

  /** The block of the channel for the client that is in force at `now`, if any (the latest). */
  inForceFor(clientId: number, sendChannelTypeId: number, now: Date): Promise<ChannelBlock | null> {
    const qb = this.blocks
      .createQueryBuilder('cb')
      .where('cb.client_id = :clientId AND cb.send_channel_type_id = :sendChannelTypeId', { clientId, sendChannelTypeId });
    return inForce(qb, now).orderBy('cb.id', 'DESC').getOne();
  }

  /**
   * The blocks of the channel for any of the clients that are in force at some time from `from` on
   * (permanent, or until later), by client: a send to many clients checks each at its own time.
   */
  async inForceAmong(clientIds: number[], sendChannelTypeId: number, from: Date): Promise<Map<number, ChannelBlock[]>> {
    const byClient = new Map<number, ChannelBlock[]>();
    for (const chunk of chunked(distinct(clientIds), 5_000)) {
      const qb = this.blocks
        .createQueryBuilder('cb')
        .where('cb.send_channel_type_id = :sendChannelTypeId', { sendChannelTypeId })
        .andWhere('cb.client_id IN (:...chunk)', { chunk });
      for (const block of await inForce(qb, from).getMany()) {
        const list = byClient.get(block.clientId);
        if (list) list.push(block);
        else byClient.set(block.clientId, [block]);
      }
    }
    return byClient;
  }

  async insert(values: Omit<ChannelBlock, 'id' | 'version'>): Promise<ChannelBlock> {
    const result = await this.blocks.insert({ ...values, version: 1 });
    return this.blocks.findOneByOrFail({ id: result.identifiers[0].id as number });
  }

  async update(block: ChannelBlock, changes: Partial<ChannelBlock>): Promise<ChannelBlock> {
    const written = await updateIfVersion(this.db.manager, ChannelBlock, block, changes);
    return written ? this.blocks.findOneByOrFail({ id: block.id }) : block;
  }

  /** The blocks of the client in force at `now`, on any channel. */
  inForceOfClient(clientId: number, now: Date): Promise<ChannelBlock[]> {
    return inForce(this.blocks.createQueryBuilder('cb').where('cb.client_id = :clientId', { clientId }), now)
      .orderBy('cb.id', 'DESC')
      .getMany();
  }

  ofClient(clientId: number): Promise<ChannelBlock[]> {
    return this.blocks.find({ where: { clientId }, order: { id: 'ASC' } });
  }

  async delete(id: number): Promise<void> {
    await this.blocks.delete({ id });
  }
}
