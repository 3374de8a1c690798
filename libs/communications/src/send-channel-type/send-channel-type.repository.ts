import { Injectable } from '@nestjs/common';
import { Database } from '@contactly/platform';
import { NamedRowRepository } from '../shared/named-row.repository.js';
import { SendChannelType } from './send-channel-type.entity.js';

@Injectable()
export class SendChannelTypeRepository extends NamedRowRepository<SendChannelType> {
  constructor(db: Database) {
    super(db, SendChannelType, 'c');
  }

  /** The channels one can be sent communications on now, in their order. */
  enabledChannels(): Promise<SendChannelType[]> {
    return this.rows.find({ where: { enabled: true }, order: { id: 'ASC' } });
  }
}
