import { translateNow } from '../i18n/i18n-provider';
import { describeFieldProblems } from './field-errors';
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

/** English texts, for code that compares; what users see comes from the functions below, in their language. */
export const STALE_RECORD_MESSAGE = 'Someone else changed this record — reload to see their changes';
export const UNREACHABLE_MESSAGE = 'The server cannot be reached — check the connection and try again';

/** A save refused with 412: someone saved the record since it was read (`contactly.common.stale_edit`). */
export const staleRecordMessage = (): string => translateNow('contactly.common.stale_edit', { _: STALE_RECORD_MESSAGE });
export const unreachableMessage = (): string => translateNow('contactly.common.unreachable', { _: UNREACHABLE_MESSAGE });

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

/**
 * The server's message, unless it spells out API field paths (`contactMedium[4].characteristic.phoneNumber
 * must be…`): then the refused fields are named by their labels instead.
 */
function messageOf(body: ErrorBody): string {
  const details = body.details ?? [];
  const namesPaths = body.code === 'VALIDATION_FAILED' || details.some(({ field }) => field && body.message.includes(field));
  return details.length && namesPaths
    ? translateNow('contactly.common.invalid_fields', { problems: describeFieldProblems(details), _: 'Please check: %{problems}' })
    : body.message;
}

/** Turns a non-2xx response and its parsed body (when there was one) into an ApiError. */
export function toApiError(response: Response, body: unknown): ApiError {
  const known = isErrorBody(body) ? body : undefined;
  const message =
    response.status === 412
      ? staleRecordMessage()
      : known
        ? messageOf(known)
        : translateNow('contactly.common.server_answered', {
            status: `${response.status} ${response.statusText}`.trim(),
            _: 'The server answered %{status}',
          });
  return new ApiError(message, response.status, known?.code, retryAfterSeconds(response.headers), known?.details ?? []);
}
