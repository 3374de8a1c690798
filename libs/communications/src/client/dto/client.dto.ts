import { PHONE_FORMATS } from '@contactly/customers';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional } from 'class-validator';
import { BooleanField, DateTimeField, EmailField, IntField, NestedField, TextField } from '@contactly/platform';
import { BookingStatusView } from '../../booking-status-type/dto/booking-status-type.dto.js';
import { SOCIAL_MEDIA_LIMITS } from '../social-media.js';

const TIME_ZONE = 'IANA time zone for quiet hours, e.g. Europe/Moscow (extension; shown with fields=timeZone)';
const SOCIAL_MEDIA_EXAMPLE = { telegram: '@ivan_petrov', vk: 'id12345' };
const SOCIAL_MEDIA_SCHEMA = {
  type: 'object',
  additionalProperties: { type: 'string', minLength: 1, maxLength: SOCIAL_MEDIA_LIMITS.accountMax },
  maxProperties: SOCIAL_MEDIA_LIMITS.networks,
  example: SOCIAL_MEDIA_EXAMPLE,
} as const;

/**
 * Social-media accounts as sent: an object here; its networks and accounts are checked by
 * `checkedSocialAccounts`, which names the bad entry (`socialMedia.vk`).
 */
const SocialMediaInput = () =>
  applyDecorators(
    ApiPropertyOptional({
      ...SOCIAL_MEDIA_SCHEMA,
      nullable: true,
      description: `Social-media accounts by network, replacing the ones kept (null or {}: none). At most ${SOCIAL_MEDIA_LIMITS.networks} networks, each named by 1–${SOCIAL_MEDIA_LIMITS.networkMax} characters of a–z, 0–9, _ and -; accounts of 1–${SOCIAL_MEDIA_LIMITS.accountMax} characters without control characters. The Social channel sends to the first network in alphabetical order.`,
    }),
    IsOptional(),
    IsObject({ message: '$property must be an object of networks to accounts' }),
  );

/** `POST /api/v1/clients/add`, as the requirement document sends it (plus optional extensions). */
export class AddClientDto {
  @TextField({ max: 100, example: 'Michael' }) firstName: string;
  @TextField({ max: 100, example: 'Jordan' }) lastName: string;
  @DateTimeField({ optional: true, nullable: true, example: '1995-06-02T00:00:00Z', description: 'ISO 8601; its UTC date is kept' })
  birthDate?: string | null;
  @BooleanField({ optional: true, example: true, description: 'Default true' }) available?: boolean;
  @TextField({ max: 64, optional: true, nullable: true, example: 'Europe/Moscow', description: TIME_ZONE }) timeZone?: string | null;
  @EmailField({ optional: true, description: 'Extension: the client’s email (a preferred email contact medium)' }) email?: string;
  @TextField({ max: 30, optional: true, example: '+79161234567', description: `Extension: the client’s phone. ${PHONE_FORMATS}` })
  phone?: string;
  @SocialMediaInput() socialMedia?: Record<string, unknown> | null;
}

/** `PUT /api/v1/clients/edit/:id`: what is sent changes, what is left out stays. */
export class EditClientDto {
  @TextField({ max: 100, optional: true, example: 'Michael' }) firstName?: string;
  @TextField({ max: 100, optional: true, example: 'Tyson' }) lastName?: string;
  @DateTimeField({ optional: true, nullable: true, example: '1992-03-02T00:00:00Z' }) birthDate?: string | null;
  @BooleanField({ optional: true, example: false }) available?: boolean;
  @TextField({ max: 64, optional: true, nullable: true, description: TIME_ZONE }) timeZone?: string | null;
  @SocialMediaInput() socialMedia?: Record<string, unknown> | null;
}

export class BookingStatusRefDto {
  @TextField({ max: 100, optional: true, example: 'Забронирован' }) name?: string;
  @IntField({ min: 1, optional: true, example: 1 }) bookingStatusTypeId?: number;
}

/** `PUT /api/v1/clients/:id/bookings`, as the document sends it (plus optional extensions). */
export class BookClientDto {
  @DateTimeField({ example: '2026-06-02T00:00:00Z', description: 'Until when; must be in the future' }) beforeDate: string;
  @NestedField(() => BookingStatusRefDto, { optional: true, description: 'By name or id; default «Забронирован»' })
  status?: BookingStatusRefDto;
  @IntField({ min: 1, optional: true, description: 'Extension: the booking department (default: yours as an employee)' })
  departmentId?: number;
  @TextField({ max: 500, optional: true, nullable: true, example: 'Осенний опрос' }) purpose?: string | null;
  @IntField({ min: 1, optional: true, nullable: true }) communicationTypeId?: number | null;
  @IntField({ min: 1, optional: true, nullable: true }) sendChannelTypeId?: number | null;
  @IntField({ min: 1, optional: true, nullable: true }) documentId?: number | null;
}

/** A client's latest communication (transactional codes are never shown). */
export class ClientCommunicationView {
  @ApiProperty({ example: 812 }) communicationId: number;
  @ApiProperty({ example: 'Осенний опрос' }) name: string;
  @ApiProperty({ example: 4, nullable: true, type: Number }) communicationTypeId: number | null;
  @ApiProperty({ example: 3, nullable: true, type: Number }) sendChannelTypeId: number | null;
  @ApiProperty({
    example: 'delivered',
    description: 'scheduled, sending, sent, delivered, failed, read, responded, ignored, skipped or cancelled',
  })
  status: string;
  @ApiProperty({ example: '2026-06-02T09:00:00.000+00:00', description: 'When it reached this status' }) statusTime: string;
}

/** A client's current booking as the document shows it. */
export class ClientBookingView {
  @ApiProperty({ example: 4 }) bookingId: number;
  @ApiProperty({ example: '2026-06-02T00:00:00.000+00:00' }) beforeDate: string;
  @ApiProperty({ type: BookingStatusView }) status: BookingStatusView;
}

/** A client exactly as the requirement document shows one. */
export class ClientView {
  @ApiProperty({ example: 2 }) clientId: number;
  @ApiProperty({ example: 'Michael', nullable: true, type: String }) firstName: string | null;
  @ApiProperty({ example: 'Jordan', nullable: true, type: String }) lastName: string | null;
  @ApiProperty({ example: '1995-06-02T00:00:00.000+00:00', nullable: true, type: String }) birthDate: string | null;
  @ApiProperty({ example: '2023-04-12T23:13:48.363+00:00' }) createTime: string;
  @ApiProperty({ example: '2023-04-12T23:13:48.363+00:00' }) updateTime: string;
  @ApiProperty({ example: true }) available: boolean;
  @ApiProperty({
    ...SOCIAL_MEDIA_SCHEMA,
    nullable: true,
    description: 'Social-media accounts by network, in alphabetical order; null when none',
  })
  socialMedia: Record<string, string> | null;
  @ApiProperty({ nullable: true, type: ClientCommunicationView, description: 'The latest communication to the client' })
  communication: ClientCommunicationView | null;
  @ApiProperty({ nullable: true, type: ClientBookingView, description: 'The current booking (its beforeDate is in the future)' })
  booking: ClientBookingView | null;
}

/** Attributes beyond the document's, returned when `fields` names them. */
export class ClientExtendedView extends ClientView {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Europe/Moscow' }) timeZone: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) email: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) phone: string | null;
}

export class ClientAvailabilityView {
  @ApiProperty({ example: 1 }) clientId: number;
  @ApiProperty({ example: true }) available: boolean;
}
