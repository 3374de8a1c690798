/** A ticket as Strawberry's API shows it: camelCase, nested objects, ISO 8601 times, four statuses. */
export interface StrawberryTicket {
  id: string;
  provider: { id: string; displayName: string };
  errorCode: string;
  status: StrawberryStatus;
  subject: string;
  body: string;
  customer: { email: string } | null;
  createdAt: string;
  updatedAt: string;
}

export type StrawberryStatus = 'open' | 'pending' | 'resolved' | 'closed';

/** Fields a client may write; the id and both timestamps belong to Strawberry. */
export interface StrawberryTicketInput {
  provider: { id?: string; displayName: string };
  errorCode: string;
  status?: StrawberryStatus;
  subject: string;
  body?: string;
  customer?: { email: string } | null;
}

const provider = {
  type: 'object',
  additionalProperties: false,
  required: ['displayName'],
  properties: { id: { type: 'string', minLength: 1 }, displayName: { type: 'string', minLength: 1 } },
} as const;

const writableFields = {
  provider,
  errorCode: { type: 'string', minLength: 1 },
  status: { type: 'string', enum: ['open', 'pending', 'resolved', 'closed'] },
  subject: { type: 'string', minLength: 1 },
  body: { type: 'string' },
  customer: {
    anyOf: [
      { type: 'object', additionalProperties: false, required: ['email'], properties: { email: { type: 'string', minLength: 1 } } },
      { type: 'null' },
    ],
  },
} as const;

export const CREATE_STRAWBERRY_TICKET_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['provider', 'errorCode', 'subject'],
  properties: writableFields,
} as const;

export const CHANGE_STRAWBERRY_TICKET_SCHEMA = { type: 'object', additionalProperties: false, properties: writableFields } as const;
