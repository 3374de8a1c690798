import type { FastifyInstance } from 'fastify';
import { SimulatedCardVault } from '@contactly/platform';
import { createVendorServer } from '../../crm-simulator/src/vendor-server.js';
import { allowBrowsers } from './gateway.cors.js';
import { gatewayRoutes, type GatewayKeys } from './gateway.routes.js';
import { gatewayErrorBody, STATUS_CODES } from './gateway.schemas.js';

export interface GatewayServerOptions {
  keys: GatewayKeys;
  /** Origins whose pages may call the gateway (the dashboard's); empty: any, as a publishable-key endpoint usually allows. */
  allowedOrigins: string[];
  faultSeed: number;
}

/**
 * The simulated payment gateway: the CRM simulators' frame (strict bodies, `/__faults`, `/__reset`,
 * errors in the vendor's shape) around a card vault, with CORS so browsers can tokenise directly.
 */
export function createPaymentGatewayServer({ keys, allowedOrigins, faultSeed }: GatewayServerOptions): FastifyInstance {
  const vault = new SimulatedCardVault();
  const app = createVendorServer({
    errorBody: (status, message) => gatewayErrorBody(STATUS_CODES[status] ?? 'ERROR', message),
    faultSeed,
    reseed: () => vault.clear(),
    api: (api) => gatewayRoutes(api, vault, keys),
  });
  allowBrowsers(app, allowedOrigins);
  return app;
}
