import type { DynamicModule, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { MixedList } from 'typeorm';
import request from 'supertest';
import { configureApp, createFastifyAdapter } from '../bootstrap/configure-app.js';
import { Clock, ManualClock } from '../clock/clock.js';
import type { ClassRef } from '../database/lib-persistence.js';
import { AppConfig } from '../config/app-config.js';
import { Database } from '../database/database.js';
import { PLATFORM_ENTITIES, PLATFORM_MIGRATIONS, PlatformModule } from '../platform.module.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestAppOptions {
  /** The domain modules under test (the platform is always there). */
  modules: (Type<unknown> | DynamicModule)[];
  entities: MixedList<ClassRef>;
  migrations: MixedList<ClassRef>;
  /** Extra environment for AppConfig (e.g. tighter throttling). */
  env?: Record<string, string>;
  /** A clock the test moves; defaults to the system clock. */
  clock?: ManualClock;
  dashboardDir?: string;
  /** The version the OpenAPI document states. */
  version?: string;
  /**
   * Another instance of the server on this database (made by an earlier createTestApp), as a
   * deployment runs several behind a load balancer; closing it leaves the database to its owner.
   */
  database?: TestDatabase;
}

export interface TestApp {
  app: NestFastifyApplication;
  http: ReturnType<typeof request>;
  database: TestDatabase;
  db: Database;
  config: AppConfig;
  get<T>(token: Type<T> | string | symbol | (abstract new (...args: never[]) => T)): T;
  close(): Promise<void>;
}

/**
 * The real server (Fastify, every global guard, filter and pipe) over a fresh real database, for
 * one test file. Only time can be replaced, through the Clock.
 */
export async function createTestApp(options: TestAppOptions): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = new AppConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SEED_DEMO_DATA: 'false',
    DATABASE_URL: database.url,
    ...options.env,
  });
  let builder = Test.createTestingModule({
    imports: [
      PlatformModule.forRoot(config, {
        entities: [...PLATFORM_ENTITIES, ...(options.entities as ClassRef[])],
        migrations: [...PLATFORM_MIGRATIONS, ...(options.migrations as ClassRef[])],
      }),
      ...options.modules,
    ],
  });
  if (options.clock) builder = builder.overrideProvider(Clock).useValue(options.clock);
  const moduleRef = await builder.compile();
  // rawBody as main.ts has it: signed callbacks verify the bytes they were sent.
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(config), { bufferLogs: true, rawBody: true });
  await configureApp(app, { version: options.version ?? 'test', dashboardDir: options.dashboardDir });
  // A real listening socket: one stable address, so hrefs built from the Host header agree.
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as { port: number };
  return {
    app,
    http: request(`http://127.0.0.1:${port}`),
    database,
    db: app.get(Database),
    config,
    get: (token) => app.get(token as never),
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}

/** `Authorization` header value for HTTP Basic (UTF-8). */
export const basic = (username: string, password: string) => `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;

export const ADMIN_AUTH = basic('Admin', 'admin');
