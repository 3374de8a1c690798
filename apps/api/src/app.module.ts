import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, PLATFORM_ENTITIES, PLATFORM_MIGRATIONS, PlatformModule } from '@contactly/platform';
import { IDENTITY_ENTITIES, IDENTITY_MIGRATIONS, IdentityModule } from '@contactly/identity';

/** Entities and migrations of every module, migrations in timestamp order. */
export const ENTITIES = [...PLATFORM_ENTITIES, ...IDENTITY_ENTITIES];
export const MIGRATIONS = [...PLATFORM_MIGRATIONS, ...IDENTITY_MIGRATIONS];

/** The server: the platform plus every domain module. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(config, { entities: ENTITIES, migrations: MIGRATIONS }), IdentityModule],
    };
  }
}
