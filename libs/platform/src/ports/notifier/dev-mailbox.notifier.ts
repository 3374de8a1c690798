import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../clock/clock.js';
import { Database } from '../../database/database.js';
import { DevMailboxMessage } from './dev-mailbox-message.entity.js';
import { Notifier, type OutboundMessage } from './notifier.js';

/** The Notifier until real channels exist: every message lands in the dev mailbox table. */
@Injectable()
export class DevMailboxNotifier extends Notifier {
  private readonly logger = new Logger('DevMailbox');

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {
    super();
  }

  async send(message: OutboundMessage): Promise<void> {
    await this.db.repository(DevMailboxMessage).insert({
      channel: message.channel,
      recipient: message.to,
      subject: message.subject ?? null,
      body: message.text,
      purpose: message.purpose,
      createdAt: this.clock.now(),
    });
    this.logger.log(`${message.purpose} message for a ${message.channel} recipient stored in the dev mailbox`);
  }
}
