import Fastify, { type FastifyInstance } from 'fastify';
import { FaultInjector, type SendError } from './faults.js';

/** What each vendor's data derives from. */
export interface VendorSeedOptions {
  seed: number;
  cases: number;
  /** Seeded timestamps fall in the 60 days before it. */
  anchor: Date;
}

export interface VendorServerDefinition {
  /** The vendor's error body for a status (each vendor has its own error shape). */
  errorBody: (status: number, message: string) => unknown;
  /** Puts the seeded data back (`POST /__reset`), also called once at creation. */
  reseed: () => void;
  faultSeed: number;
  /** Registers the vendor's API in its own encapsulated context, so its auth hook leaves the control routes alone. */
  api: (app: FastifyInstance, faults: FaultInjector) => void;
}

/**
 * What every simulated CRM shares: a Fastify server with strict bodies, fault injection, the
 * `/__reset` and `/__faults` control routes, and every error (validation, unknown route, crash)
 * in the vendor's own error shape.
 */
export function createVendorServer(definition: VendorServerDefinition): FastifyInstance {
  const app = Fastify({
    logger: false,
    // A held (timeout fault) or keep-alive connection must not keep `close()` waiting.
    forceCloseConnections: true,
    // Reject unknown body fields instead of silently dropping them: a client typo should show.
    ajv: { customOptions: { removeAdditional: false } },
  });
  const sendError: SendError = (reply, status, message) => reply.code(status).send(definition.errorBody(status, message));

  const faults = new FaultInjector(definition.faultSeed);
  faults.register(app, sendError);

  definition.reseed();
  app.post('/__reset', async (_request, reply) => {
    definition.reseed();
    return reply.code(204).send();
  });

  app.setErrorHandler((error: { statusCode?: number; message?: string }, _request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    return sendError(reply, status, status === 500 ? 'internal error' : (error.message ?? 'bad request'));
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, 404, `no route ${request.method} ${request.url.split('?')[0]}`));

  app.register(async (api) => definition.api(api, faults));
  return app;
}
