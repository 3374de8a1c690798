import { type DynamicModule, Module } from '@nestjs/common';
import {
  type AppConfig,
  mergePersistence,
  PLATFORM_ENTITIES,
  PLATFORM_MIGRATIONS,
  PlatformModule,
  type SettingsClass,
} from '@contactly/platform';
import { IdentityModule } from '@contactly/identity';
import { IDENTITY_PERSISTENCE } from '@contactly/identity/persistence';
import { CustomersModule } from '@contactly/customers';
import { CUSTOMERS_PERSISTENCE } from '@contactly/customers/persistence';
import { CatalogModule, CatalogSettings } from '@contactly/catalog';
import { CATALOG_PERSISTENCE } from '@contactly/catalog/persistence';
import { InventoryModule, InventorySettings } from '@contactly/inventory';
import { INVENTORY_PERSISTENCE } from '@contactly/inventory/persistence';
import { CommunicationsModule, CommunicationsSettings } from '@contactly/communications';
import { COMMUNICATIONS_PERSISTENCE } from '@contactly/communications/persistence';
import { SupportHubModule, SupportHubSettings } from '@contactly/support-hub';
import { SUPPORT_HUB_PERSISTENCE } from '@contactly/support-hub/persistence';

/** The domain modules of the server, with their entities and migrations (in timestamp order). */
export const DOMAIN_MODULES = [IdentityModule, CustomersModule, CatalogModule, InventoryModule, CommunicationsModule, SupportHubModule];
const DOMAIN_PERSISTENCE = mergePersistence(
  IDENTITY_PERSISTENCE,
  CUSTOMERS_PERSISTENCE,
  CATALOG_PERSISTENCE,
  INVENTORY_PERSISTENCE,
  COMMUNICATIONS_PERSISTENCE,
  SUPPORT_HUB_PERSISTENCE,
);
export const DOMAIN_ENTITIES = DOMAIN_PERSISTENCE.entities;
export const DOMAIN_MIGRATIONS = DOMAIN_PERSISTENCE.migrations;
/** The settings the domain modules read; main.ts reads them all before starting, so a bad value stops it in one line. */
export const DOMAIN_SETTINGS: SettingsClass<unknown>[] = [SupportHubSettings, CommunicationsSettings, CatalogSettings, InventorySettings];

/** The server: the platform plus every domain module. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, {
          entities: [...PLATFORM_ENTITIES, ...DOMAIN_ENTITIES],
          migrations: [...PLATFORM_MIGRATIONS, ...DOMAIN_MIGRATIONS],
        }),
        ...DOMAIN_MODULES,
      ],
    };
  }
}
