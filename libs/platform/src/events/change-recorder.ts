import { Injectable } from '@nestjs/common';
import { type AuditedChange, AuditRecorder } from '../audit/audit-recorder.js';
import { hasChanges } from '../audit/audit-diff.js';
import type { Principal } from '../auth/principal.js';
import { type BusinessEvent, EventRecorder } from './event-recorder.js';
import { eventNames } from './tmf-event-names.js';

export interface RecordedChange<T extends object> {
  /** TMF resource name for the event (`Customer` → `CustomerCreateEvent`). */
  resource: string;
  /** The resource type in the audit trail and the event body (`customer`). */
  resourceType: string;
  resourceId: string | number;
  actor: Principal;
  before: T | null;
  after: T | null;
  /** The attribute whose change makes it a state change (default `status`). */
  stateAttribute?: keyof T;
}

/**
 * One call for what every write records, in its transaction: the TMF business event (create,
 * attribute change, state change or delete, chosen from the snapshots) and the audit entry.
 * A write that changed nothing records nothing.
 */
@Injectable()
export class ChangeRecorder {
  constructor(
    private readonly events: EventRecorder,
    private readonly audit: AuditRecorder,
  ) {}

  async record<T extends object>(change: RecordedChange<T>): Promise<void> {
    const recorded = this.entriesOf(change);
    if (!recorded) return;
    await this.events.record(recorded.event);
    await this.audit.record(recorded.audit);
  }

  /** Many writes of one transaction (a batch of number claims): their events and audit entries in multi-row inserts. */
  async recordMany<T extends object>(changes: readonly RecordedChange<T>[]): Promise<void> {
    const recorded = changes.map((change) => this.entriesOf(change)).filter((entries) => entries !== null);
    if (!recorded.length) return;
    await this.events.recordMany(recorded.map((entries) => entries.event));
    await this.audit.recordMany(recorded.map((entries) => entries.audit));
  }

  /** The event and the audit entry of a change; null for one that changed nothing. */
  private entriesOf<T extends object>(change: RecordedChange<T>): { event: BusinessEvent; audit: AuditedChange } | null {
    const { before, after } = change;
    if (before && after && !hasChanges(before, after)) return null;
    const names = eventNames(change.resource);
    const state = change.stateAttribute ?? ('status' as keyof T);
    const eventType = !before
      ? names.created
      : !after
        ? names.deleted
        : before[state] !== after[state]
          ? names.stateChanged
          : names.attributeChanged;
    return {
      event: { eventType, resourceType: change.resourceType, resourceId: change.resourceId, resource: after ?? before },
      audit: {
        actor: change.actor,
        action: !before ? 'create' : !after ? 'delete' : 'update',
        resourceType: change.resourceType,
        resourceId: change.resourceId,
        before: before ? ({ ...before } as Record<string, unknown>) : null,
        after: after ? ({ ...after } as Record<string, unknown>) : null,
      },
    };
  }

  /** A write that is not plain create/update/delete (a password change, a credential issued). */
  async recordAction(action: {
    eventType: string;
    action: string;
    resourceType: string;
    resourceId: string | number;
    resource: unknown;
    actor: Principal;
    before?: Record<string, unknown>;
    after?: Record<string, unknown>;
  }): Promise<void> {
    await this.events.record({
      eventType: action.eventType,
      resourceType: action.resourceType,
      resourceId: action.resourceId,
      resource: action.resource,
    });
    await this.audit.record({
      actor: action.actor,
      action: action.action,
      resourceType: action.resourceType,
      resourceId: action.resourceId,
      before: action.before ?? null,
      after: action.after ?? null,
    });
  }
}
