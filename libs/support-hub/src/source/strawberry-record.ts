import {
  customerRefOf,
  DESCRIPTION_MAX,
  ERROR_CODE_RAW_MAX,
  isRecord,
  type MappedRecord,
  optionalText,
  PROVIDER_RAW_MAX,
  readableId,
  reject,
  TITLE_MAX,
} from './normalized-case.js';

const STRAWBERRY_STATUSES: Record<string, 'open' | 'closed'> = { open: 'open', pending: 'open', resolved: 'closed', closed: 'closed' };

const isoTime = (value: unknown): Date | null => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/**
 * Strawberry: `{id, provider: {id, displayName}, errorCode, status: open|pending|resolved|closed,
 * subject, body, customer: {email} | null, createdAt, updatedAt}` (ISO times). open and pending are
 * open; resolved and closed are closed.
 */
export function mapStrawberryTicket(raw: unknown): MappedRecord {
  if (!isRecord(raw)) return reject('not an object', null);
  const externalId = readableId(raw.id);
  if (!externalId) return reject('id missing or not a string', null);
  const provider = isRecord(raw.provider)
    ? optionalText(raw.provider.displayName, PROVIDER_RAW_MAX)
    : raw.provider === undefined || raw.provider === null
      ? null
      : undefined;
  if (provider === undefined) return reject('provider.displayName is not a string', externalId);
  const errorCode = optionalText(raw.errorCode, ERROR_CODE_RAW_MAX);
  if (errorCode === undefined) return reject('errorCode is not a string', externalId);
  const status = typeof raw.status === 'string' ? STRAWBERRY_STATUSES[raw.status.toLowerCase()] : undefined;
  if (!status) return reject(`status ${JSON.stringify(raw.status)} is not open, pending, resolved or closed`, externalId);
  const title = optionalText(raw.subject, TITLE_MAX);
  if (title === undefined) return reject('subject is not a string', externalId);
  const description = optionalText(raw.body, DESCRIPTION_MAX);
  if (description === undefined) return reject('body is not a string', externalId);
  const customerRef = isRecord(raw.customer)
    ? customerRefOf(raw.customer.email)
    : raw.customer === undefined || raw.customer === null
      ? null
      : undefined;
  if (customerRef === undefined) return reject('customer.email is not a string', externalId);
  const createdAt = isoTime(raw.createdAt);
  const updatedAt = isoTime(raw.updatedAt);
  if (!createdAt || !updatedAt) return reject('createdAt or updatedAt is not an ISO 8601 time', externalId);
  return {
    ok: true,
    value: {
      source: 'strawberry',
      externalId,
      provider,
      errorCode,
      status,
      sourceStatus: String(raw.status),
      title: title ?? '',
      description: description ?? '',
      customerRef,
      createdAt,
      updatedAt,
    },
  };
}
