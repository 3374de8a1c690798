import { HttpException } from '@nestjs/common';
import { isDatabaseUnavailable } from '../../database/connection-errors.js';
import { VersionConflict } from '../../database/optimistic.js';
import { isForeignKeyViolation, isUniqueViolation, isValueTooLong } from '../../database/unique-violation.js';
import { DomainError } from './domain-error.js';
import { errorBody, type ErrorBody } from './error-body.js';
import { HTTP_STATUS_OF } from './http-status-of.js';
import { PLATFORM_ERRORS } from './platform-errors.js';

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  headers: Record<string, string>;
  /** True when the cause is ours, not the caller's: log it with its stack. */
  internal: boolean;
  /** True when the database could not be reached: the outage is logged, not each request. */
  databaseUnavailable?: boolean;
}

/** Seconds a client is asked to wait while the database is away. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Fastify's own errors (raised before a route runs) carry a code and a status. */
const FASTIFY_ERRORS: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: PLATFORM_ERRORS.MALFORMED_JSON, message: 'The request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: PLATFORM_ERRORS.MALFORMED_JSON,
    message: 'The request body is empty but the content type says JSON',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: PLATFORM_ERRORS.PAYLOAD_TOO_LARGE, message: 'The request body is larger than the server accepts' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: PLATFORM_ERRORS.UNSUPPORTED_MEDIA_TYPE,
    message: 'The content type of the request body is not supported',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: PLATFORM_ERRORS.BAD_CONTENT_LENGTH,
    message: 'The Content-Length header does not match the body',
  },
};

const REASONS: Record<number, string> = Object.fromEntries(Object.values(HTTP_STATUS_OF).map(({ status, reason }) => [status, reason]));

const CODES_BY_STATUS: Record<number, string> = {
  400: PLATFORM_ERRORS.BAD_REQUEST,
  401: PLATFORM_ERRORS.UNAUTHENTICATED,
  403: PLATFORM_ERRORS.FORBIDDEN,
  404: 'NOT_FOUND',
  405: PLATFORM_ERRORS.METHOD_NOT_ALLOWED,
  406: PLATFORM_ERRORS.NOT_ACCEPTABLE,
  409: PLATFORM_ERRORS.CONFLICT,
  413: PLATFORM_ERRORS.PAYLOAD_TOO_LARGE,
  415: PLATFORM_ERRORS.UNSUPPORTED_MEDIA_TYPE,
  429: PLATFORM_ERRORS.RATE_LIMITED,
};

/** Maps anything thrown while serving a request to the common error shape. */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (error instanceof DomainError) {
    const { status, reason } = HTTP_STATUS_OF[error.category];
    // Extras first: none may overwrite the shape's own attributes (an extra `status` once did).
    const body = { ...error.options.extra, ...errorBody(status, error.code, reason, error.message, error.options.details) };
    const headers: Record<string, string> = {};
    if (error.options.retryAfterSeconds !== undefined)
      headers['retry-after'] = String(Math.max(1, Math.ceil(error.options.retryAfterSeconds)));
    if (error.category === 'Unauthenticated') headers['www-authenticate'] = 'Basic realm="Contactly", charset="UTF-8"';
    return { status, body, headers, internal: false };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      body: errorBody(
        503,
        PLATFORM_ERRORS.DATABASE_UNAVAILABLE,
        'Service Unavailable',
        'The database cannot be reached at the moment; nothing was changed by this request unless it says otherwise. Try again shortly',
      ),
      headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
      internal: false,
      databaseUnavailable: true,
    };
  }
  if (isUniqueViolation(error)) {
    // A concurrent request created the same unique value between our check and our insert.
    return {
      status: 409,
      body: errorBody(409, PLATFORM_ERRORS.ALREADY_EXISTS, 'Conflict', 'A record with the same unique value already exists'),
      headers: {},
      internal: false,
    };
  }
  if (error instanceof VersionConflict) {
    // A race that the service did not retry (or lost every time): the other writer won; say so.
    return {
      status: 409,
      body: errorBody(
        409,
        PLATFORM_ERRORS.CONCURRENT_UPDATE,
        'Conflict',
        'Someone else changed this record at the same moment; nothing was changed by this request. Reload it and try again',
      ),
      headers: {},
      internal: false,
    };
  }
  if (isValueTooLong(error)) {
    return {
      status: 400,
      body: errorBody(400, PLATFORM_ERRORS.VALUE_TOO_LONG, 'Bad Request', 'A value is longer than the server keeps'),
      headers: {},
      internal: false,
    };
  }
  if (isForeignKeyViolation(error)) {
    return {
      status: 409,
      body: errorBody(
        409,
        PLATFORM_ERRORS.RECORD_IN_USE,
        'Conflict',
        'Other records refer to this one (or it refers to one that no longer exists); nothing was changed',
      ),
      headers: {},
      internal: false,
    };
  }
  if (error instanceof HttpException) {
    // Nest wraps Fastify's own errors (body parsing, size limit); answer from the original.
    const cause = error.cause as { statusCode?: unknown } | undefined;
    if (cause && typeof cause.statusCode === 'number') return toErrorResponse(cause);
    const status = error.getStatus();
    const response = error.getResponse();
    const message = typeof response === 'string' ? response : String((response as { message?: unknown }).message ?? error.message);
    const headers: Record<string, string> = {};
    if (status === 401) headers['www-authenticate'] = 'Basic realm="Contactly", charset="UTF-8"';
    return {
      status,
      body: errorBody(status, CODES_BY_STATUS[status] ?? `HTTP_${status}`, REASONS[status] ?? error.name, message),
      headers,
      internal: status >= 500,
    };
  }
  const fastify = error as { code?: string; statusCode?: number; message?: string };
  if (typeof fastify?.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    // Fastify's JSON parser rethrows JSON.parse's SyntaxError with a 400 and no code.
    const known =
      error instanceof SyntaxError ? FASTIFY_ERRORS.FST_ERR_CTP_INVALID_JSON_BODY : fastify.code ? FASTIFY_ERRORS[fastify.code] : undefined;
    const status = fastify.statusCode;
    return {
      status,
      body: errorBody(
        status,
        known?.code ?? CODES_BY_STATUS[status] ?? `HTTP_${status}`,
        REASONS[status] ?? 'Client Error',
        known?.message ?? 'The request could not be processed',
      ),
      headers: {},
      internal: false,
    };
  }
  return {
    status: 500,
    body: errorBody(
      500,
      PLATFORM_ERRORS.INTERNAL_ERROR,
      'Internal Server Error',
      'Something went wrong on our side; the request id identifies it in the logs',
    ),
    headers: {},
    internal: true,
  };
}
