import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { AuditRecorder } from './audit/audit-recorder.js';
import { AuditRepository } from './audit/audit.repository.js';
import { AccessGuard } from './auth/access.guard.js';
import { CredentialCache } from './auth/credential-cache.js';
import { CredentialRevocation } from './auth/credential-revocation.entity.js';
import { LoginFailure } from './auth/login-failure.entity.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { PermissionCatalogue } from './auth/permission-catalogue.js';
import { providePermissions } from './auth/permissions.js';
import { PLATFORM_PERMISSIONS } from './auth/platform.permissions.js';
import { Contributions } from './bootstrap/contributions.js';
import { LoginFailure1764000006000 } from './database/migrations/1764000006000-login-failure.js';
import { CredentialRevocation1764000006100 } from './database/migrations/1764000006100-credential-revocation.js';
import { IdempotencyClaimant1764000006200 } from './database/migrations/1764000006200-idempotency-claimant.js';
import { DevMailboxReference1764000006300 } from './database/migrations/1764000006300-dev-mailbox-reference.js';
import { StateHistory1764000012400 } from './database/migrations/1764000012400-state-history.js';
import { Clock, SystemClock } from './clock/clock.js';
import { AppConfig } from './config/app-config.js';
import { dataSourceOptions, type DatabaseParts } from './database/data-source-options.js';
import { Database } from './database/database.js';
import { openDataSource } from './database/prepare-database.js';
import { DataSource } from 'typeorm';
import { PlatformTables1764000000000 } from './database/migrations/1764000000000-platform-tables.js';
import { ChangeRecorder } from './events/change-recorder.js';
import { EventRecorder } from './events/event-recorder.js';
import { OutboxEvent } from './events/outbox-event.entity.js';
import { OutboxRepository } from './events/outbox.repository.js';
import { EventFeedController } from './events/event-feed.controller.js';
import { GlobalErrorFilter } from './http/errors/global-error.filter.js';
import { ReferenceHolders } from './references/reference-holders.js';
import { IdempotencyRecord } from './http/idempotency/idempotency-record.entity.js';
import { IdempotencyStore } from './http/idempotency/idempotency.store.js';
import { UnsettledClaims } from './http/idempotency/unsettled-claims.js';
import { IdempotentInterceptor } from './http/idempotency/idempotent.interceptor.js';
import { createValidationPipe } from './http/validation/validation.pipe.js';
import { JobLease } from './lease/job-lease.entity.js';
import { LeaseService } from './lease/lease.service.js';
import { DatabaseOutage } from './database/database-outage.js';
import { HealthController } from './observability/health.controller.js';
import { DevMailbox1764000000500 } from './database/migrations/1764000000500-dev-mailbox.js';
import { EventSubscription1764000000600 } from './database/migrations/1764000000600-event-subscription.js';
import { EventSubscription } from './events/hub/event-subscription.entity.js';
import { HubService } from './events/hub/hub.service.js';
import { DevMailboxMessage } from './ports/notifier/dev-mailbox-message.entity.js';
import { DevMailboxController } from './ports/notifier/dev-mailbox.controller.js';
import { DelegatingNotifier } from './ports/notifier/delegating.notifier.js';
import { DevMailboxNotifier } from './ports/notifier/dev-mailbox.notifier.js';
import { Notifier } from './ports/notifier/notifier.js';
import { PaymentGateway } from './ports/payment-gateway/payment-gateway.js';
import { paymentGatewayFor } from './ports/payment-gateway/payment-gateway.provider.js';
import { loggerOptions } from './observability/logger.options.js';
import { StateHistoryEntry } from './process/state-history.entity.js';
import { StateHistoryRepository } from './process/state-history.repository.js';
import { StateTransitionRecorder } from './process/state-transition-recorder.js';
import { HttpMetrics } from './observability/metrics.js';

export const PLATFORM_ENTITIES = [
  OutboxEvent,
  AuditEntry,
  JobLease,
  IdempotencyRecord,
  DevMailboxMessage,
  EventSubscription,
  LoginFailure,
  CredentialRevocation,
  StateHistoryEntry,
];
export const PLATFORM_MIGRATIONS = [
  PlatformTables1764000000000,
  DevMailbox1764000000500,
  EventSubscription1764000000600,
  LoginFailure1764000006000,
  CredentialRevocation1764000006100,
  IdempotencyClaimant1764000006200,
  DevMailboxReference1764000006300,
  StateHistory1764000012400,
];

/**
 * Everything every module stands on: configuration, database and transactions, HTTP conventions,
 * authentication, events, audit, leases, logs and metrics. Global, imported once by the app.
 */
/** The platform services both provided here and exported to every lib. */
const SHARED_SERVICES = [
  ReferenceHolders,
  HubService,
  DelegatingNotifier,
  DevMailboxNotifier,
  Database,
  EventRecorder,
  ChangeRecorder,
  StateTransitionRecorder,
  StateHistoryRepository,
  OutboxRepository,
  AuditRecorder,
  AuditRepository,
  LeaseService,
  IdempotencyStore,
  UnsettledClaims,
  IdempotentInterceptor,
  CredentialCache,
  LoginThrottle,
  Contributions,
  PermissionCatalogue,
];

@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, parts: DatabaseParts): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(config.database, parts),
          dataSourceFactory: (options) => openDataSource(new DataSource(options!)),
        }),
        PassportModule,
        DiscoveryModule,
        ScheduleModule.forRoot(),
      ],
      // The dev mailbox shows one-time codes: never in production.
      controllers:
        config.nodeEnv === 'production'
          ? [HealthController, EventFeedController]
          : [HealthController, EventFeedController, DevMailboxController],
      providers: [
        ...SHARED_SERVICES,
        { provide: AppConfig, useValue: config },
        { provide: Clock, useClass: SystemClock },
        { provide: HttpMetrics, useValue: new HttpMetrics() },
        DatabaseOutage,
        providePermissions(PLATFORM_PERMISSIONS),
        // The dev mailbox until a module binds real channels to the DelegatingNotifier.
        { provide: Notifier, useExisting: DelegatingNotifier },
        { provide: PaymentGateway, useValue: paymentGatewayFor(config) },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: GlobalErrorFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [...SHARED_SERVICES, Notifier, PaymentGateway, AppConfig, Clock, HttpMetrics],
    };
  }
}
