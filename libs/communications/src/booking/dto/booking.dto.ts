import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateTimeField, IntField, NestedField, TextField } from '@contactly/platform';
import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Min, ValidateIf } from 'class-validator';
import { BookingStatusView } from '../../booking-status-type/dto/booking-status-type.dto.js';
import { BookingStatusRefDto } from '../../client/dto/client.dto.js';
import { DepartmentRefView } from '../../employee/dto/employee.dto.js';

export const BOOKING_MAX_CLIENTS = 10_000;

const ClientIds = (options: { optional: boolean; description: string }) =>
  applyDecorators(
    (options.optional ? ApiPropertyOptional : ApiProperty)({
      type: [Number],
      example: [2, 5, 8],
      maxItems: BOOKING_MAX_CLIENTS,
      description: options.description,
    }),
    ...(options.optional ? [ValidateIf((_: object, value: unknown) => value !== undefined)] : []),
    IsArray(),
    ...(options.optional ? [] : [ArrayMinSize(1)]),
    ArrayMaxSize(BOOKING_MAX_CLIENTS),
    IsInt({ each: true }),
    Min(1, { each: true }),
  );

class BookingPurposeFields {
  @TextField({ max: 200, optional: true, nullable: true, example: 'Осенний опрос — Москва' }) name?: string | null;
  @TextField({ max: 500, optional: true, nullable: true, example: 'Опрос удовлетворённости' }) purpose?: string | null;
  @IntField({ min: 1, optional: true, nullable: true, description: 'The type of the communication the clients are kept for' })
  communicationTypeId?: number | null;
  @IntField({ min: 1, optional: true, nullable: true }) sendChannelTypeId?: number | null;
  @IntField({ min: 1, optional: true, nullable: true }) documentId?: number | null;
}

export class CreateBookingDto extends BookingPurposeFields {
  @ClientIds({ optional: false, description: 'The client, or the group of clients, to reserve' }) clientIds: number[];
  @DateTimeField({ example: '2026-06-02T00:00:00Z', description: 'Until when; must be in the future' }) beforeDate: string;
  @NestedField(() => BookingStatusRefDto, { optional: true, description: 'By name or id; default «Забронирован»' })
  status?: BookingStatusRefDto;
  @IntField({ min: 1, optional: true, description: 'Default: your department as an employee' }) departmentId?: number;
}

export class UpdateBookingDto extends BookingPurposeFields {
  @DateTimeField({ optional: true, description: 'Must be in the future' }) beforeDate?: string;
  @NestedField(() => BookingStatusRefDto, { optional: true }) status?: BookingStatusRefDto;
  @ClientIds({ optional: true, description: 'Clients to add to the booking' }) addClientIds?: number[];
  @ClientIds({ optional: true, description: 'Clients to take out of the booking' }) removeClientIds?: number[];
}

export class BookingView {
  @ApiProperty({ example: 4 }) bookingId: number;
  @ApiPropertyOptional({ nullable: true, type: String }) name: string | null;
  @ApiPropertyOptional({ type: DepartmentRefView, nullable: true, description: 'Null: booked by someone in no department' })
  department: DepartmentRefView | null;
  @ApiPropertyOptional({ nullable: true, type: String }) purpose: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) communicationTypeId: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) sendChannelTypeId: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) documentId: number | null;
  @ApiProperty({ example: '2026-06-02T00:00:00.000+00:00' }) beforeDate: string;
  @ApiProperty({ type: BookingStatusView }) status: BookingStatusView;
  @ApiProperty({ example: true, description: 'Whether it holds its clients now (a holding status, beforeDate ahead)' }) active: boolean;
  @ApiProperty({ example: 1 }) clientCount: number;
  @ApiProperty({ example: 'maria.marketing' }) bookedBy: string;
  @ApiProperty({ example: 1, description: 'Send it back as If-Match' }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) createTime: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) updateTime: string;
}
