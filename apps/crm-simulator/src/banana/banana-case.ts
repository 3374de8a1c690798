/** A case as Banana's API shows it: snake_case, epoch milliseconds, two states. */
export interface BananaCase {
  case_id: string;
  vendor: { name: string; region: string };
  err_code: string;
  state: BananaState;
  title: string;
  details: string;
  customer_ref: string | null;
  created_ms: number;
  updated_ms: number;
}

export type BananaState = 'OPEN' | 'CLOSED';

/** Fields a client may write; the id and both timestamps belong to Banana. */
export type BananaCaseInput = Pick<BananaCase, 'err_code' | 'state' | 'title'> & {
  vendor: { name: string; region?: string };
  details?: string;
  customer_ref?: string | null;
};

const vendor = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: { name: { type: 'string', minLength: 1 }, region: { type: 'string' } },
} as const;

const writableFields = {
  vendor,
  err_code: { type: 'string', minLength: 1 },
  state: { type: 'string', enum: ['OPEN', 'CLOSED'] },
  title: { type: 'string', minLength: 1 },
  details: { type: 'string' },
  customer_ref: { type: ['string', 'null'] },
} as const;

export const CREATE_BANANA_CASE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['vendor', 'err_code', 'state', 'title'],
  properties: writableFields,
} as const;

export const CHANGE_BANANA_CASE_SCHEMA = { type: 'object', additionalProperties: false, properties: writableFields } as const;
