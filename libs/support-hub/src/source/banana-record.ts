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

const BANANA_STATES: Record<string, 'open' | 'closed'> = { OPEN: 'open', CLOSED: 'closed' };

const epochMs = (value: unknown): Date | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? new Date(value) : null;

/**
 * Banana: `{case_id, vendor: {name, region}, err_code, state: OPEN|CLOSED, title, details,
 * customer_ref, created_ms, updated_ms}`. A missing vendor or error code is not an error (the case
 * is unclassified); a missing id, state, title or time is.
 */
export function mapBananaCase(raw: unknown): MappedRecord {
  if (!isRecord(raw)) return reject('not an object', null);
  const externalId = readableId(raw.case_id);
  if (!externalId) return reject('case_id missing or not a string', null);
  const provider = isRecord(raw.vendor)
    ? optionalText(raw.vendor.name, PROVIDER_RAW_MAX)
    : raw.vendor === undefined || raw.vendor === null
      ? null
      : undefined;
  if (provider === undefined) return reject('vendor.name is not a string', externalId);
  const errorCode = optionalText(raw.err_code, ERROR_CODE_RAW_MAX);
  if (errorCode === undefined) return reject('err_code is not a string', externalId);
  const state = typeof raw.state === 'string' ? BANANA_STATES[raw.state.toUpperCase()] : undefined;
  if (!state) return reject(`state ${JSON.stringify(raw.state)} is not OPEN or CLOSED`, externalId);
  const title = optionalText(raw.title, TITLE_MAX);
  if (title === undefined) return reject('title is not a string', externalId);
  const description = optionalText(raw.details, DESCRIPTION_MAX);
  if (description === undefined) return reject('details is not a string', externalId);
  const customerRef = customerRefOf(raw.customer_ref);
  if (customerRef === undefined) return reject('customer_ref is not a string', externalId);
  const createdAt = epochMs(raw.created_ms);
  const updatedAt = epochMs(raw.updated_ms);
  if (!createdAt || !updatedAt) return reject('created_ms or updated_ms is not an epoch-millisecond time', externalId);
  return {
    ok: true,
    value: {
      source: 'banana',
      externalId,
      provider,
      errorCode,
      status: state,
      sourceStatus: String(raw.state),
      title: title ?? '',
      description: description ?? '',
      customerRef,
      createdAt,
      updatedAt,
    },
  };
}
