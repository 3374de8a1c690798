import { credentialStore } from '../auth/credential-store';
import { ApiError, UNREACHABLE_MESSAGE } from './api-error';

/**
 * Every call to the server goes through here: it adds the stored credentials unless the request
 * names its own, and never lets the browser add cookies or cached HTTP credentials (`omit` also
 * keeps the browser's own Basic sign-in dialog from popping up on a 401).
 */
export async function send(request: Request): Promise<Response> {
  const headers = new Headers(request.headers);
  const authorization = credentialStore.read();
  if (authorization && !headers.has('Authorization')) headers.set('Authorization', authorization);
  headers.set('Accept', 'application/json');
  try {
    return await fetch(new Request(request, { headers, credentials: 'omit' }));
  } catch (error) {
    if (request.signal.aborted) throw error;
    throw new ApiError(UNREACHABLE_MESSAGE, 0);
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
