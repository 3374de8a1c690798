import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateTimeField, EnumField, IntField, TextField } from '@contactly/platform';
import { IsObject, ValidateIf } from 'class-validator';

export const RECEIPT_STATUSES = ['delivered', 'failed', 'read', 'responded'] as const;

/** What a provider reports of one message, signed (`X-Contactly-Signature`). */
export class DeliveryReceiptDto {
  @IntField({ min: 1, example: 101, description: 'The `reference` the message was sent with' }) communicationId: number;
  @EnumField(RECEIPT_STATUSES, { example: 'delivered' }) status: (typeof RECEIPT_STATUSES)[number];
  @DateTimeField({
    example: '2026-06-02T10:00:05.000Z',
    description: 'When the provider signed it; too far from now (COMMUNICATIONS_RECEIPT_TOLERANCE_SECONDS) is refused as a replay',
  })
  timestamp: string;
  @TextField({ max: 500, optional: true, example: 'Unknown subscriber', description: 'Why it failed' }) reason?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Survey answers (with `responded`)' })
  @ValidateIf((_: object, value: unknown) => value !== undefined)
  @IsObject({ message: 'answers must be an object' })
  answers?: Record<string, unknown>;
}

export class DeliveryReceiptView {
  @ApiProperty({ example: 101 }) communicationId: number;
  @ApiProperty({ example: 'delivered', description: 'Its status after the receipt' }) status: string;
  @ApiProperty({ example: true, description: 'False when the receipt told nothing new (a late or repeated one)' }) applied: boolean;
}
