import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { maskDigitRuns } from './logger.options.js';

/** Liveness probes and metric scrapes would drown the log. */
const UNLOGGED = new Set(['/health', '/metrics']);

/**
 * One structured line per request, with its request id, from a synchronous Fastify hook. Only
 * chosen fields are written — never headers or bodies — so credentials and card numbers cannot
 * leak; long digit runs in the URL are masked as well.
 */
export function installRequestLog(fastify: FastifyInstance, level: string): void {
  // Its own pino instance: nestjs-pino's root logger reshapes `req`/`res` with pino-http serializers.
  // Buffered: a write to stdout per request is a system call per request, which costs more than the
  // rest of serving a small read. Lines go out in blocks of 8 KB or every second, and pino flushes
  // what is left when the process exits (also on SIGTERM and crashes).
  const destination = pino.destination({ dest: 1, sync: false, minLength: 8192 });
  setInterval(() => destination.flush(), 1000).unref();
  const logger = pino({ level }, destination);
  fastify.addHook('onResponse', (request, reply, done) => {
    const path = request.url.split('?')[0];
    if (!UNLOGGED.has(path)) {
      const status = reply.statusCode;
      // A 503 says the database (or the server, stopping) is away for the moment: the outage is logged once
      // as an error elsewhere; its requests are no errors of ours.
      const level = status >= 500 && status !== 503 ? 'error' : status >= 400 ? 'warn' : 'info';
      if (logger.isLevelEnabled(level)) {
        logger[level](
          {
            req: { id: request.id, method: request.method, url: maskDigitRuns(request.url), remoteAddress: request.ip },
            res: { statusCode: status },
            responseTime: Math.round(reply.elapsedTime),
          },
          'request completed',
        );
      }
    }
    done();
  });
}
