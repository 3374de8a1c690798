import { Injectable } from '@nestjs/common';
import { Database } from '@contactly/platform';
import { type ChannelKind, SendChannelType } from '../send-channel-type/send-channel-type.entity.js';

/** The channel a transactional message of a kind is recorded under. */
@Injectable()
export class ChannelKindsRepository {
  constructor(private readonly db: Database) {}

  /** The first channel of the kind (enabled ones first); null when none is defined. */
  async channelOfKind(kind: ChannelKind): Promise<SendChannelType | null> {
    return this.db.repository(SendChannelType).findOne({ where: { kind }, order: { enabled: 'DESC', id: 'ASC' } });
  }
}
