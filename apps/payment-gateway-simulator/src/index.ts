import type { AddressInfo } from 'node:net';
import { SIMULATOR_KEYS } from '@contactly/platform';
import { createPaymentGatewayServer } from './gateway.server.js';

export interface PaymentGatewaySimulatorOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  publishableKey?: string;
  secretKey?: string;
  allowedOrigins?: string[];
  seed?: number;
}

export interface PaymentGatewaySimulator {
  url: string;
  publishableKey: string;
  secretKey: string;
  close(): Promise<void>;
}

export const PAYMENT_GATEWAY_SIMULATOR_DEFAULTS = { host: '127.0.0.1', port: 8190, seed: 42 } as const;

/** Starts the simulated payment gateway on its own port (never inside our API's server). */
export async function startPaymentGatewaySimulator(options: PaymentGatewaySimulatorOptions = {}): Promise<PaymentGatewaySimulator> {
  const keys = { publishable: options.publishableKey ?? SIMULATOR_KEYS.publishable, secret: options.secretKey ?? SIMULATOR_KEYS.secret };
  const app = createPaymentGatewayServer({
    keys,
    allowedOrigins: options.allowedOrigins ?? [],
    faultSeed: options.seed ?? PAYMENT_GATEWAY_SIMULATOR_DEFAULTS.seed,
  });
  try {
    await app.listen({
      host: options.host ?? PAYMENT_GATEWAY_SIMULATOR_DEFAULTS.host,
      port: options.port ?? PAYMENT_GATEWAY_SIMULATOR_DEFAULTS.port,
    });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address() as AddressInfo;
  const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    publishableKey: keys.publishable,
    secretKey: keys.secret,
    close: async () => {
      await app.close();
    },
  };
}
