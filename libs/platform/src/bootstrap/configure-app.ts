import type { FastifyReply, FastifyRequest } from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config.js';
import { installConventions } from '../http/conventions.js';
import { notFound } from '../http/errors/domain-error.js';
import { errorBody } from '../http/errors/error-body.js';
import { toErrorResponse } from '../http/errors/error-response.js';
import { setPublicUrl } from '../http/tmf/base-url.js';
import { HttpMetrics } from '../observability/metrics.js';
import { installRequestLog } from '../observability/request-log.js';
import { buildOpenApiDocument, mountSwaggerUi } from '../openapi/openapi-document.js';
import { assignRequestId } from './request-id.js';
import { addSecurityHeaders } from './security-headers.js';
import { PaymentGateway } from '../ports/payment-gateway/payment-gateway.js';
import { jsonBodyParser } from './json-body.js';
import { installRequestGate } from './request-gate.js';
import { hostDashboard } from './spa-hosting.js';
import { PLATFORM_ERRORS } from '../http/errors/platform-errors.js';

type ClientError = [status: number, code: string, reason: string, message: string];
const MALFORMED_REQUEST: ClientError = [
  400,
  'MALFORMED_REQUEST',
  'Bad Request',
  'The request could not be parsed (is the URL percent-encoded?)',
];
/** Node's errors for requests it would not take that are not malformed: too slow, headers too large. */
const CLIENT_ERRORS: Record<string, ClientError> = {
  ERR_HTTP_REQUEST_TIMEOUT: [
    408,
    'REQUEST_TIMEOUT',
    'Request Timeout',
    'The request did not arrive in time (HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS)',
  ],
  HPE_HEADER_OVERFLOW: [
    431,
    'HEADERS_TOO_LARGE',
    'Request Header Fields Too Large',
    'The request headers are larger than the server accepts',
  ],
};

/** The Fastify adapter with the server's limits: body size, time to send a request, request ids, proxies, shutdown. */
export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  const { trustProxy, headersTimeoutMs, requestTimeoutMs } = config.http;
  return new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    // A client that sends its headers or body slowly (or never) is answered 408 and cut off, so idle
    // sockets cannot pile up; Node looks for such connections every connectionsCheckingInterval.
    requestTimeout: requestTimeoutMs,
    http: {
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, headersTimeoutMs),
    },
    // Forwarding headers name the client only when a configured proxy sent them: anyone else could
    // pick the address that the login throttle counts and the logs record.
    trustProxy,
    genReqId: assignRequestId,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    // Requests Node cannot even parse (raw non-ASCII in the URL, broken headers) still get our error shape.
    clientErrorHandler: (error, socket) => {
      if (!socket.writable) return socket.destroy(error);
      const [status, code, reason, message] = CLIENT_ERRORS[error.code] ?? MALFORMED_REQUEST;
      const body = JSON.stringify(errorBody(status, code, reason, message));
      socket.end(
        `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
    frameworkErrors: (error: { code?: string }, request: FastifyRequest, reply: FastifyReply) => {
      const { status, body } = toErrorResponse(
        notFound(PLATFORM_ERRORS.NOT_FOUND, `${request.method} ${request.url.split('?')[0]} cannot be routed`),
      );
      const answer =
        error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_ASYNC_CONSTRAINT' ? { status, body } : toErrorResponse(error);
      void reply.status(answer.status).type('application/json; charset=utf-8').send(answer.body);
    },
  });
}

export interface ConfigureOptions {
  version: string;
  dashboardDir?: string;
}

/**
 * Applies everything a running server needs beyond its modules: logs, security headers, CORS, the
 * body parsers and the request gate (single headers, same-origin writes, documented media types), metrics, request ids on responses, Swagger UI and the dashboard. Shared by `main.ts`, the OpenAPI script and the tests, so they serve the same app.
 */
export async function configureApp(app: NestFastifyApplication, options: ConfigureOptions): Promise<void> {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  app.flushLogs();
  setPublicUrl(config.publicUrl);
  const fastify = app.getHttpAdapter().getInstance();

  // JSON and merge-patch bodies only (multipart where a route uploads): Fastify's text parser goes.
  app.useBodyParser(['application/json', 'application/merge-patch+json'], { bodyLimit: config.bodyLimitBytes }, jsonBodyParser(fastify));
  fastify.removeContentTypeParser('text/plain');
  const document = buildOpenApiDocument(app, options.version);
  installRequestGate(fastify, document, { corsOrigins: config.corsOrigins, publicUrl: config.publicUrl });
  installConventions(fastify);
  fastify.addHook('onSend', (request, reply, payload, done) => {
    reply.header('X-Request-Id', request.id);
    done(null, payload);
  });
  app.get(HttpMetrics).install(fastify);
  installRequestLog(fastify, config.logLevel);

  addSecurityHeaders(fastify, browserOrigins(app.get(PaymentGateway).browserTokenization()?.tokenizeUrl));
  if (config.corsOrigins.length) {
    app.enableCors({
      origin: config.corsOrigins.includes('*') ? true : config.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'X-Request-Id'],
      exposedHeaders: ['ETag', 'Location', 'X-Total-Count', 'X-Result-Count', 'X-Request-Id', 'Retry-After'],
      maxAge: 600,
    });
  }

  mountSwaggerUi(app, document);
  if (options.dashboardDir) await hostDashboard(app, options.dashboardDir);
}

/** The origin of a URL the browser is sent to, for the CSP's connect-src. */
const browserOrigins = (url: string | undefined): string[] => (url ? [new URL(url).origin] : []);
