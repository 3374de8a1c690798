import { ApiProperty } from '@nestjs/swagger';
import { DateTimeField, TextField } from '@contactly/platform';

const ID = /^\d{1,9}$/;

/** The period of a group's figures: communications scheduled within [from, to). */
export class PeriodQuery {
  @DateTimeField({ optional: true, example: '2026-01-01T00:00:00Z', description: 'From (inclusive); default: all time' }) from?: string;
  @DateTimeField({ optional: true, example: '2026-07-01T00:00:00Z', description: 'To (exclusive)' }) to?: string;
}

export class ClientsAvailabilityQuery extends PeriodQuery {
  @TextField({
    max: 20_000,
    pattern: /^\d{1,9}(,\d{1,9})*$/,
    patternMessage: 'clientIds must be comma-separated client ids',
    example: '2,5,8',
    description: 'The clients, comma-separated (up to 1,000)',
  })
  clientIds: string;
}

export class AvailabilityCheckQuery {
  @TextField({ max: 9, pattern: ID, patternMessage: 'sendChannelTypeId must be an id', example: '1' }) sendChannelTypeId: string;
  @DateTimeField({ optional: true, example: '2026-06-02T19:30:00Z', description: 'When (default: now)' }) at?: string;
  @TextField({
    max: 9,
    optional: true,
    pattern: ID,
    patternMessage: 'communicationTypeId must be an id',
    example: '4',
    description: 'Checks that the department’s rules allow this type on the channel',
  })
  communicationTypeId?: string;
  @TextField({
    max: 9,
    optional: true,
    pattern: ID,
    patternMessage: 'departmentId must be an id',
    example: '3',
    description: 'Whose rules and bookings count (default: yours as an employee; none: only the client’s own state)',
  })
  departmentId?: string;
}

export class GroupAvailabilityView {
  @ApiProperty({ nullable: true, type: Number, example: 7, description: 'The saved group, or null for a list of clients' }) groupId:
    number | null;
  @ApiProperty({ example: 120 }) clientCount: number;
  @ApiProperty({ example: 114, description: 'Clients available for communication' }) availableCount: number;
  @ApiProperty({ example: 95, description: 'Percentage of the clients that are available (null for none)', nullable: true, type: Number })
  availablePercent: number | null;
  @ApiProperty({ example: 480, description: 'Communications attempted: sent, delivered, read, responded, ignored or failed' })
  communicationCount: number;
  @ApiProperty({ example: 432, description: 'Successful ones: sent, delivered, read or responded' }) successfulCount: number;
  @ApiProperty({
    example: 90,
    nullable: true,
    type: Number,
    description: 'Percentage of successful communications of all attempted (one decimal; null when none was attempted)',
  })
  successPercent: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { sent: 300, delivered: 100, failed: 30, skipped: 12 },
  })
  byStatus: Record<string, number>;
  @ApiProperty({ nullable: true, type: String }) from: string | null;
  @ApiProperty({ nullable: true, type: String }) to: string | null;
}

export class AvailabilityReasonView {
  @ApiProperty({ example: 'QUIET_HOURS' }) code: string;
  @ApiProperty({ example: 'Moved from … to …: quiet hours 21:00–09:00 (Europe/Moscow, rule «Основное правило»)' }) message: string;
}

export class AvailabilityCheckView {
  @ApiProperty({ example: 2 }) clientId: number;
  @ApiProperty({ example: 1 }) sendChannelTypeId: number;
  @ApiProperty({ nullable: true, type: Number }) communicationTypeId: number | null;
  @ApiProperty({ nullable: true, type: Number }) departmentId: number | null;
  @ApiProperty({ example: '2026-06-02T19:30:00.000+00:00' }) at: string;
  @ApiProperty({ example: false, description: 'Whether a communication could go to the client on the channel at that time' })
  available: boolean;
  @ApiProperty({ type: [AvailabilityReasonView], description: 'Every reason it cannot (or not then)' }) reasons: AvailabilityReasonView[];
  @ApiProperty({
    nullable: true,
    type: String,
    example: '2026-06-03T06:00:00.000+00:00',
    description: 'The first time outside quiet hours, when only they stand in the way',
  })
  nextAllowedTime: string | null;
}
