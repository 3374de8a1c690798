import { ApiPropertyOptional } from '@nestjs/swagger';
import { invalid } from '../http/errors/domain-error.js';
import { DateTimeField } from '../http/validation/fields.js';
import { PLATFORM_ERRORS } from '../http/errors/platform-errors.js';

/** TMF TimePeriod as a client sends it: either end may be open. */
export class TimePeriodDto {
  @DateTimeField({ optional: true, nullable: true, example: '2026-01-01T00:00:00.000Z' }) startDateTime?: string | null;
  @DateTimeField({ optional: true, nullable: true, example: '2026-12-31T23:59:59.999Z' }) endDateTime?: string | null;
}

export class TimePeriodView {
  @ApiPropertyOptional({ example: '2026-01-01T00:00:00.000Z', nullable: true, type: String }) startDateTime: string | null;
  @ApiPropertyOptional({ example: null, nullable: true, type: String }) endDateTime: string | null;
}

/** A period as stored: two nullable timestamp columns. */
export interface StoredPeriod {
  from: Date | null;
  to: Date | null;
}

export function toTimePeriodView(period: StoredPeriod): TimePeriodView {
  return { startDateTime: period.from?.toISOString() ?? null, endDateTime: period.to?.toISOString() ?? null };
}

/**
 * A period after a merge patch: an end left out keeps its value, null opens it, `validFor: null`
 * clears both. A period that ends before it starts is a 400 naming `<field>.endDateTime`.
 */
export function mergeTimePeriod(input: TimePeriodDto | null | undefined, current: StoredPeriod, field = 'validFor'): StoredPeriod {
  const at = (value: string | null | undefined, kept: Date | null) =>
    value === undefined ? kept : value === null ? null : new Date(value);
  const merged =
    input === null
      ? { from: null, to: null }
      : input === undefined
        ? current
        : { from: at(input.startDateTime, current.from), to: at(input.endDateTime, current.to) };
  if (merged.from && merged.to && merged.from > merged.to) {
    throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `${field} ends before it starts`, [
      { field: `${field}.endDateTime`, message: `must not be before ${field}.startDateTime` },
    ]);
  }
  return merged;
}
