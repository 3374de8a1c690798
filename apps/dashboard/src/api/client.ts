import createClient from 'openapi-fetch';
import { toApiError } from './api-error';
import type { paths } from './schema';
import { send } from './send';

/** The typed client of the Contactly API (paths and bodies generated from openapi.json). */
export const api = createClient<paths>({ fetch: send });

type Outcome = { data?: unknown; error?: unknown; response: Response };

/** What a successful call of the typed client carries. */
type SuccessData<O extends Outcome> = Extract<O, { error?: never }>['data'];

/** The data of a typed call, or its failure as an ApiError. */
export async function unwrap<O extends Outcome>(pending: Promise<O>): Promise<SuccessData<O>> {
  const { data, error, response } = await pending;
  if (!response.ok) throw toApiError(response, error);
  return data as SuccessData<O>;
}
