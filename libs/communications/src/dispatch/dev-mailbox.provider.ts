import type { DevMailboxNotifier } from '@contactly/platform';
import type { ChannelProvider, DeliveryOutcome, OutgoingMessage } from './channel-provider.js';

/**
 * The provider of a channel nobody configured: every message lands in the dev mailbox table
 * (`GET /api/v1/dev/mailbox`), in multi-row inserts, so the embedded default works end to end.
 */
export class DevMailboxProvider implements ChannelProvider {
  readonly name = 'dev-mailbox';

  constructor(private readonly mailbox: DevMailboxNotifier) {}

  async send(messages: OutgoingMessage[]): Promise<DeliveryOutcome[]> {
    await this.mailbox.sendMany(
      messages.map((m) => ({
        channel: m.kind,
        to: m.to,
        subject: m.subject ?? undefined,
        text: m.text,
        purpose: m.purpose,
        reference: `communication-${m.communicationId}`,
      })),
    );
    return messages.map(() => ({ outcome: 'sent' }));
  }
}
