import type { components } from './schema';

export type ErrorBody = components['schemas']['ErrorDto'];
/** One field the server refused (`details` of a 400/422): `field` is the attribute's path, e.g. `contactMedium[0].characteristic.emailAddress`. */
export type FieldProblem = components['schemas']['FieldProblemDto'];

/** What a failed call tells the user: the server's own message, its code and, for 429, the wait. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
    readonly retryAfterSeconds?: number,
    /** The fields the server refused, to show next to the inputs; empty when it named none. */
    readonly details: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const STALE_RECORD_MESSAGE = 'Someone else changed this record — reload to see their changes';
export const UNREACHABLE_MESSAGE = 'The server cannot be reached — check the connection and try again';

const isErrorBody = (body: unknown): body is ErrorBody =>
  typeof body === 'object' &&
  body !== null &&
  (body as Partial<ErrorBody>)['@type'] === 'Error' &&
  typeof (body as Partial<ErrorBody>).message === 'string';

function retryAfterSeconds(headers: Headers): number | undefined {
  const value = headers.get('Retry-After');
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

/** Turns a non-2xx response and its parsed body (when there was one) into an ApiError. */
export function toApiError(response: Response, body: unknown): ApiError {
  const known = isErrorBody(body) ? body : undefined;
  const message =
    response.status === 412
      ? STALE_RECORD_MESSAGE
      : (known?.message ?? `The server answered ${response.status} ${response.statusText}`.trim());
  return new ApiError(message, response.status, known?.code, retryAfterSeconds(response.headers), known?.details ?? []);
}
