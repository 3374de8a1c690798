import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { Clock } from '../clock/clock.js';
import { bulkInsert } from '../database/bulk-insert.js';
import { Database } from '../database/database.js';
import { auditDiff } from './audit-diff.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditedChange {
  actor: Principal;
  action: 'create' | 'update' | 'delete' | string;
  resourceType: string;
  resourceId: string | number;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string;
}

/** Records every write a person makes, inside the transaction of that write. */
@Injectable()
export class AuditRecorder {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async record(change: AuditedChange): Promise<void> {
    this.db.assertInTransaction('AuditRecorder.record');
    await this.db.manager.getRepository(AuditEntry).insert(this.row(change, this.clock.now()));
  }

  /** The entries of many writes of one transaction (a batch of number claims), in multi-row inserts. */
  async recordMany(changes: readonly AuditedChange[]): Promise<void> {
    this.db.assertInTransaction('AuditRecorder.recordMany');
    const at = this.clock.now();
    await bulkInsert(
      this.db.manager,
      AuditEntry,
      changes.map((change) => this.row(change, at)),
    );
  }

  private row(change: AuditedChange, at: Date): Omit<AuditEntry, 'id'> {
    return {
      actorId: change.actor.userId,
      actorName: change.actor.username,
      action: change.action,
      resourceType: change.resourceType,
      resourceId: String(change.resourceId),
      changes: JSON.stringify(auditDiff(change.before ?? null, change.after ?? null)),
      reason: change.reason ?? null,
      at,
    };
  }
}
