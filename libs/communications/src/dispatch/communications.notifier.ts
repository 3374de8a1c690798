import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Clock, Database, DelegatingNotifier, EventRecorder, eventNames, Notifier, type OutboundMessage } from '@contactly/platform';
import { communicationSnapshot } from '../communication/communication.mapper.js';
import { CommunicationRepository } from '../communication/communication.repository.js';
import { nameKeyOf } from '../shared/names.js';
import { ChannelKindsRepository } from './channel-kinds.repository.js';
import { CLAIM_MS, CommunicationDispatcher } from './communication-dispatcher.js';

/**
 * The platform's Notifier port, implemented by the communications platform (bound in place of the
 * dev mailbox when this module is loaded): one-time codes and password resets are transactional
 * communications. They bypass caps, bookings, quiet hours and rules, but go through the channel's
 * provider like any other and are recorded — with no text kept once sent, and none ever shown. Sent
 * at once (the person is waiting for the code); a provider that fails for now leaves it to the
 * dispatcher's retries.
 */
@Injectable()
export class CommunicationsNotifier extends Notifier implements OnModuleInit {
  private readonly logger = new Logger(CommunicationsNotifier.name);

  constructor(
    private readonly delegating: DelegatingNotifier,
    private readonly communications: CommunicationRepository,
    private readonly channels: ChannelKindsRepository,
    private readonly dispatcher: CommunicationDispatcher,
    private readonly events: EventRecorder,
    private readonly db: Database,
    private readonly clock: Clock,
  ) {
    super();
  }

  onModuleInit(): void {
    this.delegating.bind(this);
  }

  async send(message: OutboundMessage): Promise<void> {
    // Inside the caller's transaction when there is one: the message is recorded with what caused it.
    await this.db.transaction(async () => {
      const now = this.clock.now();
      const channel = await this.channels.channelOfKind(message.channel);
      const row = await this.communications.insertOne({
        mailingId: null,
        name: message.purpose,
        nameKey: nameKeyOf(message.purpose),
        clientId: null,
        communicationTypeId: null,
        sendChannelTypeId: channel?.id ?? null,
        channelKind: message.channel,
        documentId: null,
        departmentId: null,
        transactional: true,
        status: 'sending',
        reason: null,
        reasonDetail: null,
        address: message.to,
        subject: message.subject ?? null,
        body: message.text,
        timeZone: 'UTC',
        requestedAt: now,
        scheduledAt: now,
        dueAt: new Date(now.getTime() + CLAIM_MS),
        attempts: 1,
        lastError: null,
        sentAt: null,
        sentWeekday: null,
        sentHour: null,
        deliveredAt: null,
        readAt: null,
        respondedAt: null,
        statusChangedAt: now,
        answers: null,
        createdAt: now,
        updatedAt: now,
      });
      await this.events.record({
        eventType: eventNames('Communication').created,
        resourceType: 'communication',
        resourceId: row.id,
        resource: communicationSnapshot(row),
      });
      const outcome = await this.dispatcher.deliver([row]);
      if (outcome.failed)
        this.logger.warn(`A ${message.purpose} message (communication ${row.id}) could not be delivered; see its lastError`);
      else if (outcome.retried)
        this.logger.warn(`A ${message.purpose} message (communication ${row.id}) will be retried: its provider failed for now`);
    });
  }
}
