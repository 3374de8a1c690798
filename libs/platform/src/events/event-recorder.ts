import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock.js';
import { bulkInsert } from '../database/bulk-insert.js';
import { Database } from '../database/database.js';
import { OutboxEvent } from './outbox-event.entity.js';
import { timeOrderedUuid } from './time-ordered-id.js';

export interface BusinessEvent {
  /** TMF event name, e.g. `CustomerCreateEvent`, `UserAttributeValueChangeEvent`. */
  eventType: string;
  /** The resource name inside the event body, e.g. `customer`, `user`. */
  resourceType: string;
  resourceId: string | number;
  /** The resource snapshot after the change (before it, for a delete). */
  resource: unknown;
}

/**
 * Records business events in the outbox. It must be called inside the transaction of the change
 * (`Database.transaction`), so an event exists exactly when its change was committed.
 */
@Injectable()
export class EventRecorder {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async record(event: BusinessEvent): Promise<void> {
    this.db.assertInTransaction('EventRecorder.record');
    await this.db.manager.getRepository(OutboxEvent).insert(this.row(event, this.clock.now()));
  }

  /** Many events of one change at once (thousands of communications), in multi-row inserts. */
  async recordMany(events: readonly BusinessEvent[]): Promise<void> {
    this.db.assertInTransaction('EventRecorder.recordMany');
    const now = this.clock.now();
    await bulkInsert(
      this.db.manager,
      OutboxEvent,
      events.map((event) => this.row(event, now)),
    );
  }

  private row(event: BusinessEvent, occurredAt: Date): Omit<OutboxEvent, 'id'> {
    return {
      eventId: timeOrderedUuid(occurredAt.getTime()),
      eventType: event.eventType,
      resourceType: event.resourceType,
      resourceId: String(event.resourceId),
      payload: JSON.stringify({ [event.resourceType]: event.resource }),
      occurredAt,
      publishedAt: null,
    };
  }
}
