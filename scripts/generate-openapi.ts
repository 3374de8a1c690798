/**
 * Writes the OpenAPI document of the server to openapi.json (committed; the dashboard's API types
 * are generated from it). `--check` fails instead when the committed document is stale.
 * Builds the real application over a throw-away SQLite database, so the document is exactly what
 * the server serves at /openapi.json.
 */
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, buildOpenApiDocument, createFastifyAdapter } from '@contactly/platform';
import { AppModule } from '../apps/api/src/app.module.js';
import { packageVersion, REPO_ROOT } from '../apps/api/src/paths.js';

export const OPENAPI_FILE = join(REPO_ROOT, 'openapi.json');

export const serializeDocument = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'contactly-openapi-'));
  try {
    const config = new AppConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SEED_DEMO_DATA: 'false',
      DATABASE_URL: `sqlite:${join(dir, 'openapi.sqlite')}`,
    });
    const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createFastifyAdapter(config), {
      logger: false,
    });
    await app.init();
    const text = serializeDocument(buildOpenApiDocument(app, packageVersion()));
    await app.close();
    if (process.argv.includes('--check')) {
      const committed = readFileSync(OPENAPI_FILE, 'utf8');
      if (committed !== text) {
        process.stderr.write('openapi.json is stale: run `npm run build:server && npm run openapi` and commit it\n');
        process.exit(1);
      }
      process.stdout.write('openapi.json is up to date\n');
    } else {
      writeFileSync(OPENAPI_FILE, text);
      process.stdout.write(`wrote ${OPENAPI_FILE}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
