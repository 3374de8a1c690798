import { credentialStore } from '../auth/credential-store';
import { currentLocale } from '../i18n/locale-memory';
import { ApiError, unreachableMessage } from './api-error';

/** The headers every call carries: the stored credentials unless the request names its own, JSON, the dashboard's language. */
export function apiHeaders(given?: HeadersInit): Headers {
  const headers = new Headers(given);
  const authorization = credentialStore.read();
  if (authorization && !headers.has('Authorization')) headers.set('Authorization', authorization);
  headers.set('Accept', 'application/json');
  // The server answers (and emails this user) in the language the dashboard shows.
  if (!headers.has('Accept-Language')) headers.set('Accept-Language', currentLocale());
  return headers;
}

/**
 * Every call to the server goes through here (an upload that reports its progress goes through
 * upload-with-progress.ts, with the same headers): it adds the stored credentials unless the request
 * names its own and the dashboard's language, and never lets the browser add cookies or cached HTTP credentials (`omit` also
 * keeps the browser's own Basic sign-in dialog from popping up on a 401).
 */
export async function send(request: Request): Promise<Response> {
  const headers = apiHeaders(request.headers);
  try {
    return await fetch(new Request(request, { headers, credentials: 'omit' }));
  } catch (error) {
    if (request.signal.aborted) throw error;
    throw new ApiError(unreachableMessage(), 0);
  }
}

/** The parsed JSON body of a response, or undefined when it has none or it is not JSON. */
export async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
