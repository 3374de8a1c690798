import createClient from 'openapi-fetch';
import { toApiError } from './api-error';
import type { paths } from './schema';
import { send } from './send';

/** The typed client of the Contactly API (paths and bodies generated from openapi.json). */
export const api = createClient<paths>({ fetch: send });

type Outcome<T> = { data: T; error?: never; response: Response } | { data?: never; error?: unknown; response: Response };

/** The data of a typed call, or its failure as an ApiError. */
export async function unwrap<T>(pending: Promise<Outcome<T>>): Promise<T> {
  const outcome = await pending;
  if (!outcome.response.ok) throw toApiError(outcome.response, outcome.error);
  return outcome.data as T;
}
