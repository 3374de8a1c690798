import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BooleanField, EnumField, IntField, TextField } from '@contactly/platform';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsObject, Min, ValidateIf } from 'class-validator';
import { COMMUNICATION_STATUSES, REPORTED_STATUSES, type ReportedStatus } from '../communication-status.js';
import { RECIPIENT_KINDS } from '../mailing.entity.js';
import { MAX_RECIPIENTS } from './send-communication.dto.js';

const optional = () => ValidateIf((_: object, value: unknown) => value !== undefined);

const IdList = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [Number], maxItems: MAX_RECIPIENTS, description }),
    optional(),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(MAX_RECIPIENTS),
    IsInt({ each: true }),
    Min(1, { each: true }),
  );

const Answers = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: 'object',
      additionalProperties: true,
      example: { q1: 5, q2: 'Быстрый интернет' },
      description: 'Survey answers (with `responded`), kept with the communication',
    }),
    optional(),
    IsObject({ message: 'answers must be an object' }),
  );

/** A new status for one communication. */
export class StatusUpdateDto {
  @EnumField(REPORTED_STATUSES, { example: 'responded' }) status: ReportedStatus;
  @Answers() answers?: Record<string, unknown>;
  @TextField({ max: 500, optional: true, example: 'Номер не обслуживается', description: 'Why it failed (with `failed`)' }) reason?: string;
}

/** A new status for many: exactly one selection (`all: true` for every one you may update). */
export class BulkStatusUpdateDto extends StatusUpdateDto {
  @BooleanField({ optional: true, description: 'Every communication (of your department, unless you administer communications)' })
  all?: boolean;
  @IdList('These communications') communicationIds?: number[];
  @IntField({ min: 1, optional: true, description: 'A department’s communications' }) departmentId?: number;
  @IdList('The communications of these clients') clientIds?: number[];
  @IntField({ min: 1, optional: true, description: 'The communications of a saved group’s clients' }) groupId?: number;
  @IntField({ min: 1, optional: true, description: 'The communications of a mailing' }) mailingId?: number;
}

export class BulkStatusUpdateView {
  @ApiProperty({ enum: REPORTED_STATUSES }) status: string;
  @ApiProperty({ example: 120, description: 'Communications moved to the status' }) updated: number;
  @ApiProperty({
    example: 3,
    description: 'Selected ones whose status does not lead there (e.g. still scheduled, or already failed); left as they are',
  })
  unchanged: number;
}

export class RecordedReasonView {
  @ApiProperty({ example: 'CHANNEL_BLOCKED' }) code: string;
  @ApiProperty({ example: 'SMS is blocked for client 2 permanently: Клиент попросил не присылать SMS' }) message: string;
}

export class CommunicationView {
  @ApiProperty({ example: 101 }) communicationId: number;
  @ApiProperty({ example: 'Осенний опрос' }) name: string;
  @ApiProperty({ nullable: true, type: Number, example: 12, description: 'Null for a transactional message' }) mailingId: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 2 }) clientId: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 4 }) communicationTypeId: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 3 }) sendChannelTypeId: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 1 }) documentId: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 3 }) departmentId: number | null;
  @ApiProperty({ example: false, description: 'A one-time code or a password reset (its text is never shown)' }) transactional: boolean;
  @ApiProperty({ enum: COMMUNICATION_STATUSES, example: 'scheduled' }) status: string;
  @ApiProperty({ type: RecordedReasonView, nullable: true, description: 'Why it was skipped, or moved by quiet hours' })
  reason: RecordedReasonView | null;
  @ApiProperty({ nullable: true, type: String, example: 'maria@example.com' }) address: string | null;
  @ApiProperty({ nullable: true, type: String }) subject: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Здравствуйте, Мария!' }) body: string | null;
  @ApiProperty({ example: '2026-06-02T19:00:00.000+00:00', description: 'When the sender asked for it to go' }) requestedTime: string;
  @ApiProperty({
    example: '2026-06-03T06:00:00.000+00:00',
    description: 'When it goes (went): later than asked when moved out of quiet hours',
  })
  scheduledTime: string;
  @ApiProperty({ example: 1 }) attempts: number;
  @ApiProperty({ nullable: true, type: String, description: 'The provider’s reason for the latest failed attempt' }) lastError:
    string | null;
  @ApiProperty({ nullable: true, type: String }) sentTime: string | null;
  @ApiProperty({ nullable: true, type: String }) deliveredTime: string | null;
  @ApiProperty({ nullable: true, type: String }) readTime: string | null;
  @ApiProperty({ nullable: true, type: String }) respondedTime: string | null;
  @ApiProperty({ example: '2026-06-03T06:00:01.000+00:00', description: 'When the current status was reached' }) statusTime: string;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true, description: 'Survey answers' }) answers: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ example: '2026-06-02T10:00:00.000+00:00' }) createTime: string;
  @ApiProperty({ example: '2026-06-02T10:00:00.000+00:00' }) updateTime: string;
}

export class SenderView {
  @ApiProperty({ nullable: true, type: Number, example: 5 }) userId: number | null;
  @ApiProperty({ example: 'maria.marketing' }) username: string;
}

export class MailingRecipientsView {
  @ApiProperty({ enum: RECIPIENT_KINDS }) kind: string;
  @ApiProperty({ nullable: true, type: Number, description: 'The saved group (null once deleted)' }) groupId: number | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: { type: 'string' }, description: 'The client-list filters' })
  filter: Record<string, string> | null;
}

export class MailingView {
  @ApiProperty({ example: 12 }) mailingId: number;
  @ApiProperty({ example: 'Осенний опрос' }) name: string;
  @ApiProperty({ example: 4 }) communicationTypeId: number;
  @ApiProperty({ example: 3 }) sendChannelTypeId: number;
  @ApiProperty({ example: 1 }) documentId: number;
  @ApiProperty({ example: 3 }) departmentId: number;
  @ApiProperty({ type: SenderView }) sender: SenderView;
  @ApiProperty({ type: MailingRecipientsView }) recipients: MailingRecipientsView;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) variables: Record<string, string>;
  @ApiProperty({ nullable: true, type: String, description: 'The one time asked for all (null: at once, or per client)' }) scheduledTime:
    string | null;
  @ApiProperty({ example: 1000 }) recipientCount: number;
  @ApiProperty({ example: 990, description: 'Scheduled when it was created (moved ones included)' }) scheduledCount: number;
  @ApiProperty({ example: 40, description: 'Scheduled later than asked: the time fell in quiet hours' }) movedCount: number;
  @ApiProperty({ example: 10 }) skippedCount: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { CHANNEL_BLOCKED: 4, NO_ADDRESS: 6 } })
  skippedByReason: Record<string, number>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { sent: 900, scheduled: 90, skipped: 10 },
    description: 'Its communications by status now',
  })
  statusCounts: Record<string, number>;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ example: '2026-06-02T10:00:00.000+00:00' }) createTime: string;
  @ApiProperty({ example: '2026-06-02T10:00:00.000+00:00' }) updateTime: string;
}

/** A recipient that was skipped or moved, as the answer to a send reports it. */
export class RecipientProblemView {
  @ApiProperty({ example: 103 }) communicationId: number;
  @ApiProperty({ example: 8 }) clientId: number;
  @ApiProperty({ enum: ['scheduled', 'skipped'] }) status: string;
  @ApiProperty({ type: RecordedReasonView }) reason: RecordedReasonView;
}

/** The answer to a send: the mailing, and the first recipients skipped or moved. */
export class SentMailingView extends MailingView {
  @ApiProperty({
    type: [RecipientProblemView],
    description:
      'The first 50 skipped or moved recipients with their reasons (every one: GET /api/v1/communications?mailingId=…; counts: skippedByReason, movedCount)',
  })
  problems: RecipientProblemView[];
}
