import { ApiError, toApiError } from './api-error';
import { readJson, send } from './send';

/** A failed call with the server's whole error body, for the fields a 409 carries beside its message (`from`, `to`, `allowed`). */
export class ApiErrorWithBody extends ApiError {
  constructor(
    cause: ApiError,
    readonly body: Record<string, unknown>,
  ) {
    super(cause.message, cause.status, cause.code, cause.retryAfterSeconds, cause.details);
  }
}

export interface JsonRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  body?: unknown;
  /** Sent as-is (a CSV upload): no JSON encoding. */
  rawBody?: BodyInit;
  contentType?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export const queryString = (query: Record<string, unknown> | undefined): string => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** The answer of a call: its JSON, its ETag and, for lists, X-Total-Count. */
export interface JsonAnswer<T> {
  data: T;
  etag: string | null;
  total: number | null;
  status: number;
}

/**
 * A call of a JSON API route not (yet) in the typed client's paths; failures become ApiError (its
 * message in words, the refused fields named by their labels) carrying the whole error body.
 */
export async function requestJson<T>(path: string, query?: Record<string, unknown>, init: JsonRequest = {}): Promise<JsonAnswer<T>> {
  const headers = new Headers(init.headers);
  let body: BodyInit | undefined;
  if (init.rawBody !== undefined) {
    body = init.rawBody;
    if (init.contentType) headers.set('Content-Type', init.contentType);
  } else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers.set('Content-Type', init.contentType ?? 'application/json');
  }
  const response = await send(
    new Request(`${path}${queryString(query)}`, { method: init.method ?? 'GET', headers, body, signal: init.signal }),
  );
  return answerOf<T>(response);
}

/** A response read as requestJson answers: its JSON, ETag and total, or its failure as an ApiError with the whole error body. */
export async function answerOf<T>(response: Response): Promise<JsonAnswer<T>> {
  const parsed = await readJson(response);
  if (!response.ok) {
    const error = toApiError(response, parsed);
    throw typeof parsed === 'object' && parsed !== null ? new ApiErrorWithBody(error, parsed as Record<string, unknown>) : error;
  }
  const total = response.headers.get('X-Total-Count');
  return { data: parsed as T, etag: response.headers.get('ETag'), total: total === null ? null : Number(total), status: response.status };
}

/** A list page: its items and the total the server counted. */
export async function requestPage<T>(
  path: string,
  query?: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<{ items: T[]; total: number }> {
  const answer = await requestJson<T[]>(path, query, { signal });
  const items = answer.data ?? [];
  return { items, total: answer.total ?? items.length };
}
