import { ApiProperty } from '@nestjs/swagger';
import { RecordedReasonView } from './communication.dto.js';

const OUTCOMES = ['go', 'moved', 'skipped'] as const;

/** One recipient as a send would treat it now. */
export class DryRunRecipientView {
  @ApiProperty({ example: 8 }) clientId: number;
  @ApiProperty({ example: 'Анна Иванова' }) name: string;
  @ApiProperty({
    enum: OUTCOMES,
    description: '`go`: sent when asked; `moved`: sent, but later (quiet hours); `skipped`: not sent (see `reason`)',
  })
  outcome: (typeof OUTCOMES)[number];
  @ApiProperty({ nullable: true, type: String, example: '2026-06-03T06:00:00.000+00:00', description: 'When it would go; null: skipped' })
  scheduledTime: string | null;
  @ApiProperty({ type: RecordedReasonView, nullable: true, description: 'Why it would be skipped or moved' })
  reason: RecordedReasonView | null;
}

/** `POST /api/v1/communications/dry-run`: the send's checks, reported and not written. */
export class DryRunView {
  @ApiProperty({ example: 10 }) recipientCount: number;
  @ApiProperty({ example: 6, description: 'Sent when asked' }) goCount: number;
  @ApiProperty({ example: 1, description: 'Sent, but moved to a later time' }) movedCount: number;
  @ApiProperty({ example: 3 }) skippedCount: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { NO_ADDRESS: 3 } })
  skippedByReason: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { QUIET_HOURS: 1 } })
  movedByReason: Record<string, number>;
  @ApiProperty({ example: 3, description: 'The department whose rules, caps and bookings apply' }) departmentId: number;
  @ApiProperty({
    type: [DryRunRecipientView],
    description: 'Recipient by recipient, skipped first, then moved, then the rest; the first 1,000 (the counts cover all)',
  })
  recipients: DryRunRecipientView[];
}
