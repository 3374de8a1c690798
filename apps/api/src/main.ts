import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, ConfigError, configureApp, createFastifyAdapter } from '@contactly/platform';
import { AppModule } from './app.module.js';
import { DASHBOARD_DIST, packageVersion } from './paths.js';

function loadConfig(): AppConfig {
  try {
    return new AppConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // One line naming the variable, no stack trace: this is the operator's mistake, not ours.
    process.stderr.write(`contactly: invalid configuration: ${error.message}\n`);
    process.exit(1);
  }
}

/**
 * SIGTERM/SIGINT: stop accepting, let in-flight requests finish, close the database, exit 0.
 * A request that hangs past SHUTDOWN_TIMEOUT_MS does not keep the instance alive (exit 1).
 */
function closeGracefullyOnSignals(app: NestFastifyApplication, timeoutMs: number): void {
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: `${signal} received: finishing in-flight requests, then closing` })}\n`);
    setTimeout(() => process.exit(1), timeoutMs).unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', close);
  process.on('SIGINT', close);
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.database.dialect === 'sqlite') mkdirSync(dirname(config.database.path), { recursive: true });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createFastifyAdapter(config), { bufferLogs: true });
  await configureApp(app, { version: packageVersion(), dashboardDir: DASHBOARD_DIST });
  closeGracefullyOnSignals(app, config.shutdownTimeoutMs);
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: `Contactly listening on http://${shown}:${config.port} (${config.database.dialect})` })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`contactly: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
