import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { DateTimeField, IntField, NestedField, TextField } from '@contactly/platform';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsObject, Min, ValidateIf } from 'class-validator';

/** The most recipients one request takes: split larger audiences (e.g. by `clientId.gt` ranges of the filter). */
export const MAX_RECIPIENTS = 100_000;

const optional = () => ValidateIf((_: object, value: unknown) => value !== undefined);

/** An optional object of names to text, e.g. template values. */
const TextMap = (description: string, example: object) =>
  applyDecorators(
    ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, example, description }),
    optional(),
    IsObject({ message: '$property must be an object of names to text' }),
  );

/** Exactly one of the three forms. */
export class RecipientsDto {
  @ApiPropertyOptional({
    type: [Number],
    example: [2, 5, 8],
    maxItems: MAX_RECIPIENTS,
    description: 'These clients (unknown ones: 422, nothing is sent)',
  })
  @optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RECIPIENTS)
  @IsInt({ each: true })
  @Min(1, { each: true })
  clientIds?: number[];

  @TextMap(
    'The clients the client list’s filters select, as GET /api/v1/clients takes them (`lastName`, `available`, `createTime.gte`, `clientId.gt`, …)',
    { available: 'true', 'createTime.gte': '2025-01-01T00:00:00Z' },
  )
  filter?: Record<string, string>;

  @IntField({ min: 1, optional: true, example: 7, description: 'The clients of a saved group (/api/v1/client_groups)' })
  groupId?: number;
}

export class PerClientTimeDto {
  @IntField({ min: 1, example: 2 }) clientId: number;
  @DateTimeField({ example: '2026-06-02T10:00:00Z' }) at: string;
}

/** When: one time for all, and/or a time per client (the others get `at`, or go at once). */
export class ScheduleDto {
  @DateTimeField({ optional: true, example: '2026-06-02T10:00:00Z', description: 'Not in the past; default: now' }) at?: string;
  @NestedField(() => PerClientTimeDto, {
    optional: true,
    isArray: true,
    maxItems: MAX_RECIPIENTS,
    description: 'A time for each of these recipients',
  })
  perClient?: PerClientTimeDto[];
}

/** `POST /api/v1/communications`. */
export class SendCommunicationDto {
  @TextField({ max: 200, example: 'Осенний опрос' }) name: string;
  @IntField({ min: 1, example: 4 }) communicationTypeId: number;
  @IntField({ min: 1, example: 3 }) sendChannelTypeId: number;
  @IntField({
    min: 1,
    example: 1,
    description: 'A text, a template (its `{{variables}}` filled per recipient) or an audio or video file (sent as a link)',
  })
  documentId: number;
  @TextMap(
    'Template values for every recipient, up to 50 of 10,000 characters in all (each client’s own clientId, firstName, lastName, fullName, birthDate, email and phone are there already)',
    { promoCode: 'AUTUMN26' },
  )
  variables?: Record<string, string>;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'string' } },
    example: { '2': { offerCode: 'A1' } },
    description: 'Template values per recipient: `{"<clientId>": {"offerCode": "A1"}}`; they win over `variables`',
  })
  @optional()
  @IsObject({ message: '$property must be an object of client ids to values' })
  recipientVariables?: Record<string, Record<string, string>>;
  @IntField({
    min: 1,
    optional: true,
    example: 3,
    description: 'The sending department: default your own as an employee; another needs communications:admin',
  })
  departmentId?: number;
  @NestedField(() => RecipientsDto, { description: 'clientIds, filter or groupId: exactly one' }) recipients: RecipientsDto;
  @NestedField(() => ScheduleDto, { optional: true }) schedule?: ScheduleDto;
}
