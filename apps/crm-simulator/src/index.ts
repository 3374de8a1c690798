import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createBananaServer } from './banana/banana.server.js';
import { createStrawberryServer } from './strawberry/strawberry.server.js';

export interface CrmSimulatorOptions {
  host?: string;
  /** 0 picks a free port. */
  bananaPort?: number;
  strawberryPort?: number;
  seed?: number;
  bananaCases?: number;
  strawberryCases?: number;
  /**
   * Seeded timestamps fall in the 60 days before it. Default: the start of the current UTC day, so a
   * seed gives the same data all day long (and tests that compare runs can pin it).
   */
  now?: Date;
}

export interface CrmSimulators {
  bananaUrl: string;
  strawberryUrl: string;
  close(): Promise<void>;
}

export const CRM_SIMULATOR_DEFAULTS = {
  host: '127.0.0.1',
  bananaPort: 8301,
  strawberryPort: 8302,
  seed: 42,
  bananaCases: 500,
  strawberryCases: 500,
} as const;

/** Starts the Banana and Strawberry CRM simulators, each on its own port. */
export async function startCrmSimulators(options: CrmSimulatorOptions = {}): Promise<CrmSimulators> {
  const host = options.host ?? CRM_SIMULATOR_DEFAULTS.host;
  const seed = options.seed ?? CRM_SIMULATOR_DEFAULTS.seed;
  const anchor = options.now ?? startOfUtcDay(new Date());
  const banana = createBananaServer({
    seed,
    anchor,
    cases: caseCount('bananaCases', options.bananaCases ?? CRM_SIMULATOR_DEFAULTS.bananaCases),
  });
  const strawberry = createStrawberryServer({
    seed,
    anchor,
    cases: caseCount('strawberryCases', options.strawberryCases ?? CRM_SIMULATOR_DEFAULTS.strawberryCases),
  });
  const close = async () => {
    await Promise.all([banana.close(), strawberry.close()]);
  };
  try {
    return {
      bananaUrl: await listen(banana, host, options.bananaPort ?? CRM_SIMULATOR_DEFAULTS.bananaPort),
      strawberryUrl: await listen(strawberry, host, options.strawberryPort ?? CRM_SIMULATOR_DEFAULTS.strawberryPort),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function listen(app: FastifyInstance, host: string, port: number): Promise<string> {
  await app.listen({ host, port });
  const address = app.server.address() as AddressInfo;
  // A wildcard address is where the server listens, not where a client can reach it.
  const reachable = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${address.port}`;
}

function caseCount(name: string, count: number): number {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`${name} must be a non-negative integer, got ${count}`);
  return count;
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
