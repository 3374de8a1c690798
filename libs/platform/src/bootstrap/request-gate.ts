import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { DomainError, forbidden, invalid } from '../http/errors/domain-error.js';
import { toErrorResponse } from '../http/errors/error-response.js';
import { PLATFORM_ERRORS } from '../http/errors/platform-errors.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Headers whose second copy Node drops silently: two of them mean two parties disagree about the request (13 and 12 letters). */
const SINGLE_HEADERS = new Set(['authorization', 'content-type']);
/** A route that documents no body still takes an (ignored) JSON one, as many clients send `{}`. */
const NO_BODY_TYPES: ReadonlySet<string> = new Set(['application/json']);

export interface RequestGateOptions {
  /** Origins that may write from a browser (CORS_ORIGINS; `*` for any); the server's own always may. */
  corsOrigins: string[];
  /** PUBLIC_URL: its host is the server's own too. */
  publicUrl: string | undefined;
}

const unsupported = (message: string) => new DomainError('UnsupportedMediaType', PLATFORM_ERRORS.UNSUPPORTED_MEDIA_TYPE, message);

/** `METHOD /fastify/:pattern` → the media types its OpenAPI operation documents for the body. */
export function documentedBodyTypes(document: OpenAPIObject): Map<string, ReadonlySet<string>> {
  const types = new Map<string, ReadonlySet<string>>();
  for (const [path, operations] of Object.entries(document.paths)) {
    const route = path.replace(/\{([^}]+)\}/g, ':$1');
    for (const [method, operation] of Object.entries(
      operations as Record<string, { requestBody?: { content?: Record<string, unknown> } }>,
    )) {
      const content = operation.requestBody?.content;
      if (content) types.set(`${method.toUpperCase()} ${route}`, new Set(Object.keys(content)));
    }
  }
  return types;
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function sameHost(origin: string, request: FastifyRequest, publicUrl: string | undefined): boolean {
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return host === request.host || (publicUrl !== undefined && host === new URL(publicUrl).host);
}

/**
 * The checks every request passes before anything reads it:
 * - a header that must be single (Authorization, Content-Type) sent twice is 400, not "the first wins";
 * - a write from a browser page of another origin (its `Origin`) is 403 unless CORS_ORIGINS allows
 *   that origin — with Basic credentials cached by the browser a plain HTML form elsewhere could write;
 * - a body must have a media type its route documents (JSON, merge-patch, multipart where it
 *   uploads), else 415: form-encoded and text bodies are never read.
 */
export function installRequestGate(fastify: FastifyInstance, document: OpenAPIObject, options: RequestGateOptions): void {
  const bodyTypes = documentedBodyTypes(document);
  const anyOrigin = options.corsOrigins.includes('*');
  const allowedOrigins = new Set(options.corsOrigins);

  const problemOf = (request: FastifyRequest): DomainError | undefined => {
    const raw = request.raw.rawHeaders;
    const seen = new Set<string>();
    for (let i = 0; i < raw.length; i += 2) {
      // On every request: only names of the right length are lower-cased and looked up.
      if (raw[i].length !== 13 && raw[i].length !== 12) continue;
      const name = raw[i].toLowerCase();
      if (!SINGLE_HEADERS.has(name)) continue;
      if (seen.has(name)) return invalid(PLATFORM_ERRORS.DUPLICATE_HEADER, `The ${raw[i]} header was sent more than once; send it once`);
      seen.add(name);
    }
    if (!WRITE_METHODS.has(request.method)) return undefined;
    const origin = request.headers.origin;
    if (origin !== undefined && !anyOrigin && !allowedOrigins.has(origin) && !sameHost(origin, request, options.publicUrl)) {
      return forbidden(PLATFORM_ERRORS.CROSS_ORIGIN_WRITE_REFUSED, `Writes from pages of ${origin} are not allowed (CORS_ORIGINS)`);
    }
    const url = request.routeOptions.url;
    if (url === undefined || !hasBody(request)) return undefined;
    const contentType = request.headers['content-type'];
    if (!contentType) return unsupported('The request has a body but no Content-Type; send application/json');
    const [mediaType, ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
    const allowed = bodyTypes.get(`${request.method} ${url}`) ?? NO_BODY_TYPES;
    if (!allowed.has(mediaType)) return unsupported(`This operation takes ${[...allowed].join(' or ')}, not ${mediaType}`);
    const charset = parameters
      .find((p) => p.startsWith('charset='))
      ?.slice('charset='.length)
      .replace(/"/g, '');
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return unsupported(`Bodies are UTF-8, not ${charset}`);
    return undefined;
  };

  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    const problem = problemOf(request);
    if (!problem) return done();
    const { status, body, headers } = toErrorResponse(problem);
    reply.status(status).headers(headers).type('application/json; charset=utf-8').send(body);
  });
}
