import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, DevMailboxNotifier } from '@contactly/platform';
import { CommunicationsSettings } from '../communications.settings.js';
import type { ChannelKind } from '../send-channel-type/send-channel-type.entity.js';
import type { ChannelProvider } from './channel-provider.js';
import { DevMailboxProvider } from './dev-mailbox.provider.js';
import { HttpChannelProvider } from './http.provider.js';
import { SmtpChannelProvider } from './smtp.provider.js';

/**
 * The provider of each channel kind, from the configuration: email over SMTP (SMTP_URL), the other
 * kinds through their HTTP provider (SMS_PROVIDER_URL, …); a kind nobody configured sends to the dev
 * mailbox, so the embedded default works end to end.
 */
@Injectable()
export class ChannelProviders implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ChannelProviders.name);
  private readonly providers: Record<ChannelKind, ChannelProvider>;

  constructor(
    private readonly config: AppConfig,
    settings: CommunicationsSettings,
    mailbox: DevMailboxNotifier,
  ) {
    const dev = new DevMailboxProvider(mailbox);
    const callbackUrl = config.publicUrl ? `${config.publicUrl}/api/v1/communications/delivery-receipts` : undefined;
    const http = (kind: ChannelKind, provider: typeof settings.smsProvider) =>
      provider ? new HttpChannelProvider(kind, provider, settings.providerTimeoutMs, callbackUrl) : dev;
    this.providers = {
      email: settings.smtpUrl ? new SmtpChannelProvider(settings.smtpUrl, settings.smtpFrom, settings.providerTimeoutMs) : dev,
      sms: http('sms', settings.smsProvider),
      messenger: http('messenger', settings.messengerProvider),
      push: http('push', settings.pushProvider),
      social: http('social', settings.socialProvider),
    };
  }

  for(kind: ChannelKind): ChannelProvider {
    return this.providers[kind];
  }

  onApplicationBootstrap(): void {
    const unconfigured = (Object.keys(this.providers) as ChannelKind[]).filter((kind) => this.providers[kind].name === 'dev-mailbox');
    if (!unconfigured.length) return;
    const message = `Channels without a provider send to the dev mailbox: ${unconfigured.join(', ')} (set SMTP_URL, SMS_PROVIDER_URL, MESSENGER_PROVIDER_URL, PUSH_PROVIDER_URL, SOCIAL_PROVIDER_URL)`;
    if (this.config.nodeEnv === 'production') this.logger.warn(message);
    else this.logger.log(message);
  }

  async onApplicationShutdown(): Promise<void> {
    for (const provider of new Set(Object.values(this.providers))) await provider.close?.();
  }
}
