import { Injectable } from '@nestjs/common';
import { Database } from '../database/database.js';
import { OutboxEvent } from './outbox-event.entity.js';

/** Reads of the outbox: the warehouse feed and dispatchers page through it by id. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly db: Database) {}

  findAfter(afterId: number, limit: number, resourceType?: string): Promise<OutboxEvent[]> {
    const qb = this.db.manager
      .getRepository(OutboxEvent)
      .createQueryBuilder('e')
      .where('e.id > :afterId', { afterId })
      .orderBy('e.id', 'ASC')
      .limit(limit);
    if (resourceType) qb.andWhere('e.resource_type = :resourceType', { resourceType });
    return qb.getMany();
  }

  findForResource(resourceType: string, resourceId: string): Promise<OutboxEvent[]> {
    return this.db.manager.getRepository(OutboxEvent).find({ where: { resourceType, resourceId }, order: { id: 'ASC' } });
  }
}
