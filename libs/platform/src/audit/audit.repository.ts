import { Injectable } from '@nestjs/common';
import { Database } from '../database/database.js';
import { AuditEntry } from './audit-entry.entity.js';

@Injectable()
export class AuditRepository {
  constructor(private readonly db: Database) {}

  /** The history of one record, newest first. */
  findForResource(resourceType: string, resourceId: string, offset: number, limit: number): Promise<[AuditEntry[], number]> {
    return this.db.manager.getRepository(AuditEntry).findAndCount({
      where: { resourceType, resourceId },
      order: { id: 'DESC' },
      skip: offset,
      take: limit,
    });
  }
}
