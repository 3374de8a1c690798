import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, PLATFORM_ENTITIES, PLATFORM_MIGRATIONS, PlatformModule, type SettingsClass } from '@contactly/platform';
import { IDENTITY_ENTITIES, IDENTITY_MIGRATIONS, IdentityModule } from '@contactly/identity';
import { CUSTOMERS_ENTITIES, CUSTOMERS_MIGRATIONS, CustomersModule } from '@contactly/customers';
import { COMMUNICATIONS_ENTITIES, COMMUNICATIONS_MIGRATIONS, CommunicationsModule, CommunicationsSettings } from '@contactly/communications';
import { SUPPORT_HUB_ENTITIES, SUPPORT_HUB_MIGRATIONS, SupportHubModule, SupportHubSettings } from '@contactly/support-hub';

/** The domain modules of the server, with their entities and migrations (in timestamp order). */
export const DOMAIN_MODULES = [IdentityModule, CustomersModule, CommunicationsModule, SupportHubModule];
export const DOMAIN_ENTITIES = [...IDENTITY_ENTITIES, ...CUSTOMERS_ENTITIES, ...COMMUNICATIONS_ENTITIES, ...SUPPORT_HUB_ENTITIES];
export const DOMAIN_MIGRATIONS = [...IDENTITY_MIGRATIONS, ...CUSTOMERS_MIGRATIONS, ...COMMUNICATIONS_MIGRATIONS, ...SUPPORT_HUB_MIGRATIONS];
/** The settings the domain modules read; main.ts reads them all before starting, so a bad value stops it in one line. */
export const DOMAIN_SETTINGS: SettingsClass<unknown>[] = [SupportHubSettings, CommunicationsSettings];

/** The server: the platform plus every domain module. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, { entities: [...PLATFORM_ENTITIES, ...DOMAIN_ENTITIES], migrations: [...PLATFORM_MIGRATIONS, ...DOMAIN_MIGRATIONS] }),
        ...DOMAIN_MODULES,
      ],
    };
  }
}
