import type { FastifyInstance } from 'fastify';

/**
 * CORS for pages that tokenise cards here. Added on send, so every answer carries it (faults and
 * errors included) and a page sees the gateway's status rather than an opaque CORS failure.
 * `allowedOrigins` empty: any origin, as publishable-key endpoints of real gateways allow.
 */
export function allowBrowsers(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  const allowed = (origin: string | undefined): origin is string =>
    origin !== undefined && (allowedOrigins.length === 0 || allowedOrigins.includes(origin));
  app.addHook('onSend', async (request, reply, payload) => {
    const origin = request.headers.origin;
    reply.header('vary', 'Origin');
    if (allowed(origin)) reply.header('access-control-allow-origin', origin);
    return payload;
  });
  app.options('/v1/*', async (request, reply) => {
    if (allowed(request.headers.origin)) {
      reply.header('access-control-allow-methods', 'GET, POST');
      reply.header('access-control-allow-headers', 'Authorization, Content-Type');
      reply.header('access-control-max-age', '600');
    }
    return reply.code(204).send();
  });
}
