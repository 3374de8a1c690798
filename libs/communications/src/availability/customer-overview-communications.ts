import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CustomerOverviewSections, type OverviewCommunicationsView, type OverviewSubject } from '@contactly/customers';
import { CommunicationTypeRepository } from '../communication-type/communication-type.repository.js';
import { CommunicationRepository } from '../communication/communication.repository.js';
import { SendChannelTypeRepository } from '../send-channel-type/send-channel-type.repository.js';
import { AvailabilityService } from './availability.service.js';

/**
 * The communications platform's section of the customer overview: the last communication that went
 * out to the customer, and per enabled channel whether a marketing and a service communication would
 * reach them now — by the very checks a send applies (AvailabilityService.reachability), not a copy.
 */
@Injectable()
export class CustomerOverviewCommunications implements OnModuleInit {
  constructor(
    private readonly sections: CustomerOverviewSections,
    private readonly availability: AvailabilityService,
    private readonly communications: CommunicationRepository,
    private readonly types: CommunicationTypeRepository,
    private readonly channels: SendChannelTypeRepository,
  ) {}

  onModuleInit(): void {
    this.sections.register('communications', { permission: 'communications:read', read: (subject) => this.read(subject) });
  }

  async read({ customerId, principal }: OverviewSubject): Promise<OverviewCommunicationsView | null> {
    const reach = await this.availability.reachability(customerId, principal);
    if (!reach) return null;
    const last = await this.communications.lastSentTo(customerId);
    const type = last?.communicationTypeId ? await this.types.findById(last.communicationTypeId) : null;
    const channel = last?.sendChannelTypeId ? await this.channels.findById(last.sendChannelTypeId) : null;
    return {
      lastContact: last && {
        communicationId: last.id,
        name: last.name,
        typeName: type?.name ?? null,
        purpose: type?.purpose ?? null,
        channelName: channel?.name ?? null,
        status: last.status,
        at: last.sentAt!.toISOString(),
      },
      channels: reach.map(({ channel: c, marketing, service }) => ({
        sendChannelTypeId: c.id,
        name: c.name,
        kind: c.kind,
        marketing,
        service,
      })),
    };
  }
}
