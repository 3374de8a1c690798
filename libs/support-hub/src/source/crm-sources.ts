import { Injectable } from '@nestjs/common';
import { BananaAdapter } from './banana.adapter.js';
import type { SourceName } from './normalized-case.js';
import type { SourceAdapter } from './source-adapter.js';
import { StrawberryAdapter } from './strawberry.adapter.js';
import { SupportHubSettings } from '../support-hub.settings.js';
import type { RetryPolicy } from './vendor-http.js';

/** The CRMs the hub pulls from, built from the configuration (BANANA_URL, STRAWBERRY_URL, …). */
@Injectable()
export class CrmSources {
  readonly all: readonly SourceAdapter[];

  constructor(settings: SupportHubSettings) {
    const hub = settings;
    const policy: RetryPolicy = {
      timeoutMs: hub.httpTimeoutMs,
      retries: hub.httpRetries,
      retryBaseMs: hub.retryBaseMs,
      retryMaxWaitMs: hub.retryMaxWaitMs,
    };
    this.all = [
      new BananaAdapter({ baseUrl: settings.bananaUrl ?? null, credential: settings.bananaApiKey, policy, pageSize: hub.pageSize }),
      new StrawberryAdapter({
        baseUrl: settings.strawberryUrl ?? null,
        credential: settings.strawberryToken,
        policy,
        pageSize: hub.pageSize,
      }),
    ];
  }

  get configured(): SourceAdapter[] {
    return this.all.filter((source) => source.baseUrl !== null);
  }

  byName(name: SourceName): SourceAdapter {
    const found = this.all.find((source) => source.name === name);
    if (!found) throw new Error(`unknown source ${name}`);
    return found;
  }
}
