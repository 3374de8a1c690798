import type { ChannelKind } from '../send-channel-type/send-channel-type.entity.js';

/** One message for a provider: a communication's rendered text to its address. */
export interface OutgoingMessage {
  communicationId: number;
  kind: ChannelKind;
  to: string;
  subject: string | null;
  text: string;
  /** Why it goes (`communication`, `registration-otp`, …): the dev mailbox files it under this. */
  purpose: string;
}

/**
 * What became of one message: sent (handed over to the provider), a failure worth retrying (the
 * provider is down, busy or slow), or a failure that retrying cannot fix (the provider refused the
 * message), each with the provider's reason.
 */
export type DeliveryOutcome = { outcome: 'sent' } | { outcome: 'retry'; reason: string } | { outcome: 'failed'; reason: string };

/** A way to deliver messages of a channel kind: SMTP, an HTTP provider, the dev mailbox. */
export interface ChannelProvider {
  /** For logs and failure reasons: `smtp`, `http:sms`, `dev-mailbox`. */
  readonly name: string;
  /** One outcome per message, in order. Never throws for a message's failure. */
  send(messages: OutgoingMessage[]): Promise<DeliveryOutcome[]>;
  close?(): Promise<void>;
}

/** Runs `work` over the items with at most `concurrency` in flight; results in input order. */
export async function inParallel<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  });
  await Promise.all(lanes);
  return results;
}
