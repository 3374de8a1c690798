import { createTestApp, type TestAppOptions } from '@contactly/platform/testing';
import { DOMAIN_ENTITIES, DOMAIN_MIGRATIONS, DOMAIN_MODULES } from '../src/app.module.js';
import { packageVersion } from '../src/paths.js';

/** The whole server (every domain module) over a fresh database. */
export const createApiTestApp = (options: Partial<TestAppOptions> = {}) =>
  createTestApp({
    modules: DOMAIN_MODULES,
    entities: DOMAIN_ENTITIES,
    migrations: DOMAIN_MIGRATIONS,
    version: packageVersion(),
    ...options,
  });
