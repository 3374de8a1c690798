import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { JSON_TEXT, jsonTransformer, TIMESTAMP, varchar } from '@contactly/platform';
import type { Translations } from '../language/translations.js';

/** Text is sent as written; a template has `{{variables}}`; audio and video are uploaded files. */
export const DOCUMENT_KINDS = ['text', 'template', 'audio', 'video'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const TEXT_KINDS = ['text', 'template'] as const satisfies readonly DocumentKind[];
export const FILE_KINDS = ['audio', 'video'] as const satisfies readonly DocumentKind[];
export type FileKind = (typeof FILE_KINDS)[number];

/** The content of communications. A file's bytes live in `document_chunk`, never in this row. */
@Entity('document')
@Index('uq_document_name_key', ['nameKey'], { unique: true })
@Index('idx_document_kind', ['kind'])
@Index('idx_document_updated_at', ['updatedAt'])
export class Document {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(200) })
  name: string;

  @Column({ name: 'name_key', ...varchar(200) })
  nameKey: string;

  @Column({ ...varchar(10) })
  kind: DocumentKind;

  @Column({ ...varchar(1000), nullable: true })
  description: string | null;

  /** An email's subject line (may hold variables in a template). */
  @Column({ ...varchar(500), nullable: true })
  subject: string | null;

  /** The text of a text or template document. */
  @Column({ type: 'text', nullable: true })
  body: string | null;

  /** The variable names the subject and body use, derived at write time. */
  @Column({ ...JSON_TEXT, transformer: jsonTransformer })
  variables: string[];

  @Column({ name: 'content_type', ...varchar(100), nullable: true })
  contentType: string | null;

  @Column({ name: 'file_name', ...varchar(255), nullable: true })
  fileName: string | null;

  @Column({ name: 'size_bytes', type: 'integer', nullable: true })
  sizeBytes: number | null;

  @Column({ ...varchar(64), nullable: true })
  sha256: string | null;

  /** Its text in other languages, by language and field (language/translations.ts). */
  @Column({ ...JSON_TEXT, transformer: jsonTransformer, nullable: true })
  translations: Translations | null;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
