import { ApiProperty } from '@nestjs/swagger';
import { BooleanField, TextField } from '@contactly/platform';

const HOLDS = 'Whether a booking in this status reserves its clients against other departments';

export class CreateBookingStatusTypeDto {
  @TextField({ max: 100, example: 'Предварительно забронирован' }) name: string;
  @TextField({ max: 1000, min: 0, optional: true, example: 'Забронирован до подтверждения.' }) description?: string;
  @BooleanField({ optional: true, example: true, description: `${HOLDS}; default true` }) holdsClient?: boolean;
}

export class UpdateBookingStatusTypeDto {
  @TextField({ max: 100, optional: true }) name?: string;
  @TextField({ max: 1000, min: 0, optional: true }) description?: string;
  @BooleanField({ optional: true, description: HOLDS }) holdsClient?: boolean;
}

/** A booking's status as the document shows it. */
export class BookingStatusView {
  @ApiProperty({ example: 1 }) bookingStatusTypeId: number;
  @ApiProperty({ example: 'Забронирован' }) name: string;
  @ApiProperty({ example: 'Забронирован на весь лимит времени.' }) description: string;
}

export class BookingStatusTypeView extends BookingStatusView {
  @ApiProperty({ example: true, description: HOLDS }) holdsClient: boolean;
  @ApiProperty({ example: 1, description: 'Send it back as If-Match' }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) createTime: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) updateTime: string;
}
