import { Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal.js';
import { Clock } from '../../clock/clock.js';
import { Database } from '../../database/database.js';
import { notFound } from '../../http/errors/domain-error.js';
import { EventSubscription } from './event-subscription.entity.js';
import type { HubDto } from './hub-registration.dto.js';
import { PLATFORM_ERRORS } from '../../http/errors/platform-errors.js';

/** Listener registrations of the TMF `/hub` endpoints. */
@Injectable()
export class HubService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async register(api: string, callback: string, query: string | null, owner: Principal): Promise<HubDto> {
    const row = await this.db
      .repository(EventSubscription)
      .save({ api, callback, query, ownerId: owner.userId, createdAt: this.clock.now() });
    return { id: String(row.id), callback: row.callback, query: row.query };
  }

  /** Only the owner (or staff) may remove a registration; anyone else is told it does not exist. */
  async unregister(api: string, id: number, principal: Principal): Promise<void> {
    const row = await this.db.repository(EventSubscription).findOneBy({ id, api });
    if (!row || (principal.kind !== 'staff' && row.ownerId !== principal.userId))
      throw notFound(PLATFORM_ERRORS.HUB_NOT_FOUND, `No listener ${id} is registered at this hub`);
    await this.db.repository(EventSubscription).delete({ id });
  }

  forApi(api: string): Promise<EventSubscription[]> {
    return this.db.repository(EventSubscription).findBy({ api });
  }
}
