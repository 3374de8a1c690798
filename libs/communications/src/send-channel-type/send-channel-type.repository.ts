import { Injectable } from '@nestjs/common';
import { Database } from '@contactly/platform';
import { NamedRowRepository } from '../shared/named-row.repository.js';
import { SendChannelType } from './send-channel-type.entity.js';

@Injectable()
export class SendChannelTypeRepository extends NamedRowRepository<SendChannelType> {
  constructor(db: Database) {
    super(db, SendChannelType, 'c');
  }

  /** The channels new communications may go on, in id order. */
  enabled(): Promise<SendChannelType[]> {
    return this.rows.find({ where: { enabled: true }, order: { id: 'ASC' } });
  }
}
