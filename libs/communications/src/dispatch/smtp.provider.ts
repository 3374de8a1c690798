import nodemailer from 'nodemailer';
import { type ChannelProvider, type DeliveryOutcome, inParallel, type OutgoingMessage } from './channel-provider.js';

/** Messages in flight at once (the pool keeps up to as many SMTP connections). */
const CONNECTIONS = 5;
const TRANSIENT_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EMAXLIMIT']);

/**
 * Email over SMTP (SMTP_URL) with nodemailer's connection pool. The server's 4xx replies and lost
 * connections are retried; its 5xx replies (unknown mailbox, refused content) fail with its words.
 */
export class SmtpChannelProvider implements ChannelProvider {
  readonly name = 'smtp';
  private readonly transport: ReturnType<typeof nodemailer.createTransport>;

  constructor(smtpUrl: string, from: string, timeoutMs: number) {
    this.transport = nodemailer.createTransport(
      {
        url: smtpUrl,
        pool: true,
        maxConnections: CONNECTIONS,
        connectionTimeout: timeoutMs,
        greetingTimeout: timeoutMs,
        socketTimeout: timeoutMs,
      },
      { from },
    );
  }

  send(messages: OutgoingMessage[]): Promise<DeliveryOutcome[]> {
    return inParallel(messages, CONNECTIONS, (message) => this.sendOne(message));
  }

  async close(): Promise<void> {
    this.transport.close();
  }

  private async sendOne(message: OutgoingMessage): Promise<DeliveryOutcome> {
    try {
      await this.transport.sendMail({
        to: message.to,
        subject: message.subject ?? '',
        text: message.text,
        headers: { 'X-Contactly-Communication': String(message.communicationId) },
      });
      return { outcome: 'sent' };
    } catch (error) {
      const {
        responseCode,
        code,
        response,
        message: text,
      } = error as { responseCode?: number; code?: string; response?: string; message?: string };
      const reason = `smtp: ${response ?? text ?? code ?? 'failed'}`.slice(0, 400);
      const transient =
        (responseCode !== undefined && responseCode >= 400 && responseCode < 500) ||
        (responseCode === undefined && code !== undefined && TRANSIENT_CODES.has(code));
      return transient ? { outcome: 'retry', reason } : { outcome: 'failed', reason };
    }
  }
}
