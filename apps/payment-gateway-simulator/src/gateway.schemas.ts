/** Request bodies the simulated gateway accepts, strict like the CRM simulators'. */

/** A card as a browser form or a server sends it. */
export interface CardBody {
  number: string;
  expiryMonth: number;
  expiryYear: number;
  cvc: string;
  holderName?: string;
}

export const CARD_BODY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['number', 'expiryMonth', 'expiryYear', 'cvc'],
  properties: {
    number: { type: 'string', minLength: 12, maxLength: 23 },
    expiryMonth: { type: 'integer', minimum: 1, maximum: 12 },
    expiryYear: { type: 'integer', minimum: 2000, maximum: 2099 },
    cvc: { type: 'string', pattern: '^[0-9]{3,4}$' },
    holderName: { type: 'string', maxLength: 100 },
  },
} as const;

export const TOKEN_PARAMS_SCHEMA = {
  type: 'object',
  required: ['token'],
  properties: { token: { type: 'string', maxLength: 100 } },
} as const;

/** The gateway's error body: a stable code, words for a person, and the card field at fault if any. */
export const gatewayErrorBody = (code: string, message: string, field?: 'number' | 'expiry' | 'cvc') => ({
  error: { code, message, ...(field ? { field } : {}) },
});

/** Codes for statuses that are not about the card (auth, faults, unknown routes). */
export const STATUS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  404: 'NOT_FOUND',
  429: 'RATE_LIMITED',
  500: 'INTERNAL_ERROR',
  502: 'BAD_GATEWAY',
  503: 'UNAVAILABLE',
};
