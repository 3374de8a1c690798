import { type FieldProblem, invalid } from '../http/errors/domain-error.js';
import { PLATFORM_ERRORS } from '../http/errors/platform-errors.js';

/** ISO 4217 currencies whose minor unit is not the cent; every other currency has two decimals. */
const MINOR_DIGITS: Record<string, number> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
};

const scaleOf = (currency: string) => 10 ** (MINOR_DIGITS[currency] ?? 2);

/** TMF Money as it travels: a decimal amount and its ISO 4217 currency. */
export interface Money {
  unit: string;
  value: number;
}

/**
 * Money is stored as integer minor units (cents) so sums never drift. An amount with more
 * decimals than its currency has (12.345 EUR) is refused rather than silently rounded.
 */
export function toMinorUnits(money: Money, field: string): number {
  const scaled = money.value * scaleOf(money.unit);
  const minor = Math.round(scaled);
  const problems: FieldProblem[] = [];
  if (Math.abs(scaled - minor) > 1e-6) problems.push({ field: `${field}.value`, message: `has more decimals than ${money.unit} allows` });
  if (!Number.isSafeInteger(minor)) problems.push({ field: `${field}.value`, message: 'is too large' });
  if (problems.length) throw invalid(PLATFORM_ERRORS.INVALID_MONEY, problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
  return minor;
}

export function fromMinorUnits(minor: number, currency: string): Money {
  return { unit: currency, value: minor / scaleOf(currency) };
}

/** bigint columns come back as strings from MariaDB; amounts in minor units fit a JS number exactly. */
export const minorUnitsTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};
