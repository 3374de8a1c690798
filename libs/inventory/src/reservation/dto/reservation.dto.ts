import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EnumField, IntField, NestedField, TextField } from '@contactly/platform';
import { RESOURCE_TYPES } from '../../resource/number-resource.entity.js';
import { RESERVATION_STATUSES } from '../number-reservation.entity.js';

export class CustomerRefDto {
  @TextField({ max: 20, example: '42', description: 'The customer (party) id, in your scope' }) id: string;
}

export class CreateReservationDto {
  @EnumField(RESOURCE_TYPES, { example: 'msisdn' }) resourceType: (typeof RESOURCE_TYPES)[number];
  @TextField({ max: 30, optional: true, example: '4915112345678', description: 'A given number; leave out for any matching one' })
  value?: string;
  @TextField({
    max: 24,
    optional: true,
    example: '*777*',
    description: 'Any free number matching: digits, `*` (any digits), `?` (one digit)',
  })
  pattern?: string;
  @TextField({ max: 60, optional: true, example: 'default', description: 'Any free number of this pool' }) pool?: string;
  @NestedField(() => CustomerRefDto, { optional: true, description: 'The customer it is for (or a `cartId`)' }) customer?: CustomerRefDto;
  @TextField({ max: 64, optional: true, example: 'cart-8f2c', description: 'The cart it is for, when there is no customer yet' })
  cartId?: string;
  @IntField({ min: 1, max: 60 * 24 * 30, optional: true, example: 30, description: 'Default NUMBER_RESERVATION_MINUTES (30)' })
  expiresInMinutes?: number;
}

export class ReservationCustomerView {
  @ApiProperty({ example: '42' }) id: string;
}

export class ReservationView {
  @ApiProperty({ example: '12' }) id: string;
  @ApiProperty({ example: 'https://api.example.com/api/v1/numbers/reservations/12' }) href: string;
  @ApiProperty({ example: '7', description: 'The TMF639 resource reserved' }) resourceId: string;
  @ApiProperty({ enum: RESOURCE_TYPES, example: 'msisdn' }) resourceType: string;
  @ApiProperty({ example: '4915112345678' }) value: string;
  @ApiPropertyOptional({ type: ReservationCustomerView, nullable: true }) customer: ReservationCustomerView | null;
  @ApiPropertyOptional({ nullable: true, type: String }) cartId: string | null;
  @ApiProperty({ enum: RESERVATION_STATUSES, example: 'active' }) status: string;
  @ApiProperty({ example: '2026-11-23T07:30:00.000Z' }) expiresAt: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) updatedAt: string;
}
