const CODES: Record<number, string> = {
  400: 'INVALID_REQUEST',
  401: 'AUTH',
  404: 'NOT_FOUND',
  429: 'RATE_LIMITED',
  502: 'BAD_GATEWAY',
  503: 'UNAVAILABLE',
};

/** Strawberry's error envelope: `{"error":{"code":"AUTH","message":"…"}}`. */
export function strawberryErrorBody(status: number, message: string): { error: { code: string; message: string } } {
  return { error: { code: CODES[status] ?? 'INTERNAL', message } };
}
