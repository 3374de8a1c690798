import type { ErrorCategory } from './domain-error.js';

export const HTTP_STATUS_OF: Record<ErrorCategory, { status: number; reason: string }> = {
  Invalid: { status: 400, reason: 'Bad Request' },
  Unauthenticated: { status: 401, reason: 'Unauthorized' },
  Forbidden: { status: 403, reason: 'Forbidden' },
  NotFound: { status: 404, reason: 'Not Found' },
  Conflict: { status: 409, reason: 'Conflict' },
  PreconditionFailed: { status: 412, reason: 'Precondition Failed' },
  PayloadTooLarge: { status: 413, reason: 'Payload Too Large' },
  UnsupportedMediaType: { status: 415, reason: 'Unsupported Media Type' },
  Unprocessable: { status: 422, reason: 'Unprocessable Entity' },
  RateLimited: { status: 429, reason: 'Too Many Requests' },
  Unavailable: { status: 503, reason: 'Service Unavailable' },
};
