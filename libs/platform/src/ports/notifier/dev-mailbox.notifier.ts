import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../clock/clock.js';
import { bulkInsert } from '../../database/bulk-insert.js';
import { Database } from '../../database/database.js';
import { DevMailboxMessage } from './dev-mailbox-message.entity.js';
import { Notifier, type OutboundMessage } from './notifier.js';

/** A message for the dev mailbox: any channel a communication goes on (email, sms, push, messenger, social). */
export type DevMailboxDelivery = Pick<OutboundMessage, 'to' | 'subject' | 'text' | 'purpose'> & { channel: string; reference?: string };

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
    await this.db.repository(DevMailboxMessage).insert(this.row(message, this.clock.now()));
    this.logger.log(`${message.purpose} message for a ${message.channel} recipient stored in the dev mailbox`);
  }

  /**
   * Many messages in multi-row inserts (the communications platform's dev channel provider). A
   * message whose reference is stored already is kept once, as providers do with an Idempotency-Key.
   */
  async sendMany(messages: readonly DevMailboxDelivery[]): Promise<void> {
    const now = this.clock.now();
    await bulkInsert(
      this.db.manager,
      DevMailboxMessage,
      messages.map((message) => this.row(message, now)),
      { ignoreDuplicatesOf: ['reference'] },
    );
  }

  private row(message: DevMailboxDelivery, createdAt: Date): Omit<DevMailboxMessage, 'id'> {
    return {
      channel: message.channel,
      recipient: message.to,
      subject: message.subject ?? null,
      body: message.text,
      purpose: message.purpose,
      reference: message.reference ?? null,
      createdAt,
    };
  }
}
