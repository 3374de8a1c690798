/**
 * Services speak in domain errors: a stable machine code plus a category. Only the global
 * error filter knows how a category becomes an HTTP status, so services never import HTTP.
 */
export type ErrorCategory =
  | 'Invalid'
  | 'Unauthenticated'
  | 'Forbidden'
  | 'NotFound'
  | 'Conflict'
  | 'PreconditionFailed'
  | 'PayloadTooLarge'
  | 'UnsupportedMediaType'
  | 'Unprocessable'
  | 'RateLimited'
  | 'Unavailable';

export interface FieldProblem {
  field: string;
  message: string;
}

export interface DomainErrorOptions {
  details?: FieldProblem[];
  /** Seconds a client should wait (RateLimited, Unavailable). */
  retryAfterSeconds?: number;
  /** Extra public fields merged into the error body, e.g. `{ lastRefreshedAt }`. */
  extra?: Record<string, unknown>;
}

export class DomainError extends Error {
  constructor(
    readonly category: ErrorCategory,
    readonly code: string,
    message: string,
    readonly options: DomainErrorOptions = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (code: string, message: string, details?: FieldProblem[]) => new DomainError('Invalid', code, message, { details });
export const notFound = (code: string, message: string) => new DomainError('NotFound', code, message);
export const conflict = (code: string, message: string, extra?: Record<string, unknown>) =>
  new DomainError('Conflict', code, message, { extra });
export const forbidden = (code: string, message: string) => new DomainError('Forbidden', code, message);
export const unprocessable = (code: string, message: string, details?: FieldProblem[]) =>
  new DomainError('Unprocessable', code, message, { details });
export const preconditionFailed = (code: string, message: string) => new DomainError('PreconditionFailed', code, message);
export const rateLimited = (code: string, message: string, retryAfterSeconds: number, extra?: Record<string, unknown>) =>
  new DomainError('RateLimited', code, message, { retryAfterSeconds, extra });
export const unauthenticated = (code: string, message: string) => new DomainError('Unauthenticated', code, message);
export const unavailable = (code: string, message: string, retryAfterSeconds?: number) =>
  new DomainError('Unavailable', code, message, { retryAfterSeconds });
