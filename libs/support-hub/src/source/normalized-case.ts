import type { CaseStatus } from '../consolidation/consolidate.js';

export const SOURCE_NAMES = ['banana', 'strawberry'] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];

/** One CRM case in the hub's terms, whatever the vendor's shape. Provider and error code are as the vendor spelled them. */
export interface NormalizedCase {
  source: SourceName;
  externalId: string;
  /** Null when the vendor sent none: the case goes to the `unclassified` key. */
  provider: string | null;
  errorCode: string | null;
  status: CaseStatus;
  /** The vendor's own status word (`pending`, `OPEN`, …). */
  sourceStatus: string;
  title: string;
  description: string;
  /** The customer's email (lower case) when the vendor names one. */
  customerRef: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const EXTERNAL_ID_MAX = 100;
export const TITLE_MAX = 500;
export const DESCRIPTION_MAX = 10_000;
export const PROVIDER_RAW_MAX = 200;
export const ERROR_CODE_RAW_MAX = 100;
export const CUSTOMER_REF_MAX = 254;

/** A record that could not be used: skipped and counted, with its id when it had a readable one. */
export interface RejectedRecord {
  ok: false;
  reason: string;
  externalId: string | null;
}

export type MappedRecord = { ok: true; value: NormalizedCase } | RejectedRecord;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A usable id: a non-empty string of bounded length. */
export function readableId(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' && value.length <= EXTERNAL_ID_MAX ? value : null;
}

/** Optional text: absent, null or blank is null; anything not a string makes the record malformed. */
export function optionalText(value: unknown, max: number): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

export function customerRefOf(value: unknown): string | null | undefined {
  const text = optionalText(value, CUSTOMER_REF_MAX);
  return text === null || text === undefined ? text : text.toLowerCase();
}

export const reject = (reason: string, externalId: string | null): RejectedRecord => ({ ok: false, reason, externalId });
