import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, ConfigError, configureApp, createFastifyAdapter } from '@contactly/platform';
import { type CrmSimulators, startCrmSimulators } from '../../crm-simulator/src/index.js';
import { SupportHubSettings } from '@contactly/support-hub';
import { AppModule, DOMAIN_SETTINGS } from './app.module.js';
import { DASHBOARD_DIST, packageVersion } from './paths.js';
import { withPaymentGatewaySimulator } from './with-payment-gateway-simulator.js';

function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    const config = new AppConfig(env);
    // Each lib reads its settings again when its module starts; reading them here reports a bad value in the same one line.
    for (const settings of DOMAIN_SETTINGS) new settings(config);
    return config;
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
    process.stdout.write(
      `${JSON.stringify({ level: 30, time: Date.now(), msg: `${signal} received: finishing in-flight requests, then closing` })}\n`,
    );
    setTimeout(() => process.exit(1), timeoutMs).unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', close);
  process.on('SIGINT', close);
}

/** An optional non-negative integer from the environment (the simulators' own settings). */
function intFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

/**
 * With a CRM URL unset (BANANA_URL, STRAWBERRY_URL) outside production, the Banana and Strawberry
 * simulators start in this process and the support hub pulls from them, so `npm start` alone shows
 * it working. Their ports are BANANA_PORT/STRAWBERRY_PORT (8301/8302), or free ones when taken.
 */
async function withCrmSimulators(config: AppConfig, baseEnv: NodeJS.ProcessEnv): Promise<AppConfig> {
  const crm = new SupportHubSettings(config);
  if (config.nodeEnv === 'production' || (crm.bananaUrl && crm.strawberryUrl)) return config;
  const options = {
    seed: intFromEnv('CRM_SIM_SEED'),
    bananaCases: intFromEnv('BANANA_CASES'),
    strawberryCases: intFromEnv('STRAWBERRY_CASES'),
  };
  let simulators: CrmSimulators;
  try {
    simulators = await startCrmSimulators({
      ...options,
      bananaPort: intFromEnv('BANANA_PORT'),
      strawberryPort: intFromEnv('STRAWBERRY_PORT'),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    simulators = await startCrmSimulators({ ...options, bananaPort: 0, strawberryPort: 0 });
  }
  const env = {
    ...baseEnv,
    BANANA_URL: crm.bananaUrl ?? simulators.bananaUrl,
    STRAWBERRY_URL: crm.strawberryUrl ?? simulators.strawberryUrl,
  };
  process.stdout.write(
    `${JSON.stringify({ level: 30, time: Date.now(), msg: `No CRM configured: support hub pulls from the in-process simulators, Banana ${env.BANANA_URL}, Strawberry ${env.STRAWBERRY_URL}` })}\n`,
  );
  return loadConfig(env);
}

async function main(): Promise<void> {
  const initial = loadConfig();
  const env = await withPaymentGatewaySimulator(initial, process.env, intFromEnv('PAYMENT_GATEWAY_SIM_PORT'));
  const config = await withCrmSimulators(loadConfig(env), env);
  if (config.database.dialect === 'sqlite') mkdirSync(dirname(config.database.path), { recursive: true });
  // rawBody: the bytes of JSON bodies stay on the request too, for signed callbacks (delivery receipts).
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createFastifyAdapter(config), {
    bufferLogs: true,
    rawBody: true,
  });
  await configureApp(app, { version: packageVersion(), dashboardDir: DASHBOARD_DIST });
  closeGracefullyOnSignals(app, config.shutdownTimeoutMs);
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  process.stdout.write(
    `${JSON.stringify({ level: 30, time: Date.now(), msg: `Contactly listening on http://${shown}:${config.port} (${config.database.dialect})` })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`contactly: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
