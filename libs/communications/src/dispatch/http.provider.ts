import type { HttpProviderSettings } from '../communications.settings.js';
import { type ChannelProvider, type DeliveryOutcome, inParallel, type OutgoingMessage } from './channel-provider.js';

/** Requests in flight at once per batch. */
const CONCURRENCY = 16;
const REASON_MAX = 400;

/** Statuses that say "not now" rather than "not this message". */
const isTransient = (status: number) => status === 408 || status === 425 || status === 429 || status >= 500;

/** The reason a provider gives in its JSON error body (`error`, `message`, `reason`, `detail`), if any. */
function reasonIn(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    for (const key of ['error', 'message', 'reason', 'detail']) {
      const value = parsed[key];
      if (typeof value === 'string' && value.trim()) return value.trim();
      if (value && typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string')
        return (value as { message: string }).message;
    }
  } catch {
    // Not JSON: the text itself, if short.
    if (body.trim() && body.length <= REASON_MAX) return body.trim();
  }
  return undefined;
}

/**
 * A channel's HTTP provider (SMS, push, messenger, social gateways): one JSON POST per message,
 * `{reference, channel, to, subject, text, callbackUrl}` with the configured bearer token and the
 * communication as `Idempotency-Key`, so a retried message is not delivered twice by a provider that
 * honours it. 2xx is sent; 408, 425, 429, 5xx, a timeout or a dropped connection are retried; any
 * other answer is a failure with the provider's reason.
 */
export class HttpChannelProvider implements ChannelProvider {
  readonly name: string;

  constructor(
    kind: string,
    private readonly settings: HttpProviderSettings,
    private readonly timeoutMs: number,
    /** Where the provider posts delivery receipts, when the server knows its public address. */
    private readonly callbackUrl: string | undefined,
  ) {
    this.name = `http:${kind}`;
  }

  send(messages: OutgoingMessage[]): Promise<DeliveryOutcome[]> {
    return inParallel(messages, CONCURRENCY, (message) => this.sendOne(message));
  }

  private async sendOne(message: OutgoingMessage): Promise<DeliveryOutcome> {
    const body = {
      reference: String(message.communicationId),
      channel: message.kind,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(this.callbackUrl ? { callbackUrl: this.callbackUrl } : {}),
    };
    try {
      const response = await fetch(this.settings.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'idempotency-key': `communication-${message.communicationId}`,
          ...(this.settings.token ? { authorization: `Bearer ${this.settings.token}` } : {}),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await response.text();
      if (response.ok) return { outcome: 'sent' };
      const reason = `${this.name} answered ${response.status}: ${(reasonIn(text) ?? response.statusText) || 'no reason given'}`.slice(
        0,
        REASON_MAX,
      );
      return isTransient(response.status) ? { outcome: 'retry', reason } : { outcome: 'failed', reason };
    } catch (error) {
      const name = (error as { name?: string }).name;
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const why =
        name === 'TimeoutError' || name === 'AbortError'
          ? `no answer within ${this.timeoutMs} ms`
          : (cause?.code ?? cause?.message ?? (error as Error).message);
      return { outcome: 'retry', reason: `${this.name} unreachable: ${why}`.slice(0, REASON_MAX) };
    }
  }
}
