import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EnumField, TextField } from '@contactly/platform';
import { IsObject } from 'class-validator';
import { DOCUMENT_KINDS, FILE_KINDS, type FileKind, TEXT_KINDS } from '../document.entity.js';

export const BODY_MAX = 10_000;

/** A text or template document (audio and video are uploaded with multipart). */
export class CreateTextDocumentDto {
  @TextField({ max: 200, example: 'Приглашение на опрос' }) name: string;
  @EnumField(TEXT_KINDS, { example: 'template', description: 'text: sent as written; template: `{{variables}}` are filled per client' })
  kind: (typeof TEXT_KINDS)[number];
  @TextField({ max: 1000, min: 0, optional: true, nullable: true }) description?: string | null;
  @TextField({ max: 500, optional: true, nullable: true, example: '{{firstName}}, расскажите о нас' }) subject?: string | null;
  @TextField({ max: BODY_MAX, example: 'Здравствуйте, {{firstName}}! Ответьте на три вопроса.' }) body: string;
}

export class UpdateDocumentDto {
  @TextField({ max: 200, optional: true }) name?: string;
  @TextField({ max: 1000, min: 0, optional: true, nullable: true }) description?: string | null;
  @TextField({ max: 500, optional: true, nullable: true, description: 'Text and template documents only' }) subject?: string | null;
  @TextField({ max: BODY_MAX, optional: true, description: 'Text and template documents only' }) body?: string;
}

/** The text fields of a multipart upload (the file is the part named `file`). */
export class UploadDocumentFieldsDto {
  @TextField({ max: 200, example: 'Голосовое приглашение' }) name: string;
  @EnumField(FILE_KINDS, { example: 'audio' }) kind: FileKind;
  @TextField({ max: 1000, min: 0, optional: true }) description?: string;
}

export class PreviewDocumentDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { firstName: 'Мария' },
    description: 'A value for each variable',
  })
  @IsObject({ message: 'variables must be an object of names to text' })
  variables: Record<string, string>;
}

export class DocumentFileView {
  @ApiProperty({ example: 'audio/mpeg' }) contentType: string;
  @ApiProperty({ example: 'invite.mp3' }) fileName: string;
  @ApiProperty({ example: 48213 }) sizeBytes: number;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }) sha256: string;
  @ApiProperty({ example: '/api/v1/documents/5/content', description: 'Where to download it (GET)' }) contentPath: string;
}

export class DocumentView {
  @ApiProperty({ example: 5 }) documentId: number;
  @ApiProperty({ example: 'Приглашение на опрос' }) name: string;
  @ApiProperty({ enum: DOCUMENT_KINDS }) kind: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) subject: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Text and template documents' }) body: string | null;
  @ApiProperty({ type: [String], example: ['firstName'], description: 'The variables a template needs' }) variables: string[];
  @ApiPropertyOptional({ type: DocumentFileView, nullable: true, description: 'Audio and video documents' }) file: DocumentFileView | null;
  @ApiProperty({ example: 1, description: 'Send it back as If-Match' }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) createTime: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) updateTime: string;
}

export class DocumentPreviewView {
  @ApiPropertyOptional({ nullable: true, type: String }) subject: string | null;
  @ApiProperty() body: string;
  @ApiProperty({ type: [String], description: 'Variables without a value; they stay as written' }) missingVariables: string[];
}
