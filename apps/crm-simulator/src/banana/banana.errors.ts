const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  404: 'not_found',
  429: 'rate_limited',
  502: 'bad_gateway',
  503: 'unavailable',
};

/** Banana's terse error shape: `{"err":"unauthorized"}`, with a `detail` where it helps the caller fix the request. */
export function bananaErrorBody(status: number, message: string): { err: string; detail?: string } {
  const err = CODES[status] ?? 'server_error';
  return status === 400 || status === 404 ? { err, detail: message } : { err };
}
