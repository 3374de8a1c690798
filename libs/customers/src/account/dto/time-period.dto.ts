import { ApiPropertyOptional } from '@nestjs/swagger';
import { DateTimeField } from '@contactly/platform';

/** TMF TimePeriod as a client sends it: either end may be open. */
export class TimePeriodDto {
  @DateTimeField({ optional: true, nullable: true, example: '2026-01-01T00:00:00.000Z' }) startDateTime?: string | null;
  @DateTimeField({ optional: true, nullable: true, example: '2026-12-31T23:59:59.999Z' }) endDateTime?: string | null;
}

export class TimePeriodView {
  @ApiPropertyOptional({ example: '2026-01-01T00:00:00.000Z', nullable: true, type: String }) startDateTime: string | null;
  @ApiPropertyOptional({ example: null, nullable: true, type: String }) endDateTime: string | null;
}
