import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { PLATFORM_ERRORS, createValidationPipe, DomainError, invalid, type Principal, type Versioned } from '@contactly/platform';
import { CatalogDependencies, CatalogService, revisionOf } from '../shared/catalog.service.js';
import type { Usage } from '../shared/named-row.service.js';
import { type Document, type DocumentKind, FILE_KINDS, type FileKind } from './document.entity.js';
import { DOCUMENT_LIST } from './document.list.js';
import { DocumentRepository } from './document.repository.js';
import {
  type CreateTextDocumentDto,
  type DocumentPreviewView,
  type DocumentView,
  type UpdateDocumentDto,
  UploadDocumentFieldsDto,
} from './dto/document.dto.js';
import type { MultipartUpload, UploadedFile } from './multipart-upload.js';
import { parseTemplate, renderTemplate } from './template.js';
import { DocumentUploadLimits } from './upload-limits.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';
import { requestLanguage } from '../language/request-language.js';
import { localised } from '../language/translations.js';

const isFileKind = (kind: DocumentKind): kind is FileKind => (FILE_KINDS as readonly string[]).includes(kind);
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/**
 * Documents: texts, templates (their variables found and checked when saved) and audio or video
 * files (type and size checked before anything is stored; bytes kept in the database). A document
 * a booking refers to cannot be deleted.
 */
@Injectable()
export class DocumentService extends CatalogService<Document, DocumentView> {
  protected readonly names = {
    label: 'Document',
    resource: 'Document',
    resourceType: 'document',
    codes: {
      notFound: COMMUNICATIONS_ERRORS.DOCUMENT_NOT_FOUND,
      nameAmbiguous: COMMUNICATIONS_ERRORS.DOCUMENT_NAME_AMBIGUOUS,
      nameTaken: COMMUNICATIONS_ERRORS.DOCUMENT_NAME_TAKEN,
      inUse: COMMUNICATIONS_ERRORS.DOCUMENT_IN_USE,
    },
  };
  protected readonly listing = { spec: DOCUMENT_LIST };
  private readonly fieldsPipe = createValidationPipe(UploadDocumentFieldsDto);

  constructor(
    private readonly documents: DocumentRepository,
    private readonly limits: DocumentUploadLimits,
    dependencies: CatalogDependencies,
  ) {
    super(documents, dependencies);
  }

  createText(input: CreateTextDocumentDto, actor: Principal): Promise<Versioned<DocumentView>> {
    const subject = input.subject ?? null;
    const variables = this.variablesOf(input.kind, subject, input.body);
    return this.insertRow(
      { name: input.name, kind: input.kind, description: input.description ?? null, subject, body: input.body, variables, ...NO_FILE },
      actor,
    );
  }

  /** An audio or video document from a multipart upload: fields `name`, `kind`, `description`; part `file`. */
  async upload(upload: MultipartUpload, actor: Principal): Promise<Versioned<DocumentView>> {
    const fields = (await this.fieldsPipe.transform(upload.fields, {
      type: 'body',
      metatype: UploadDocumentFieldsDto,
    })) as UploadDocumentFieldsDto;
    const file = this.checkedFile(fields.kind, upload.file);
    return this.insertRow(
      {
        name: fields.name,
        kind: fields.kind,
        description: fields.description ?? null,
        subject: null,
        body: null,
        variables: [],
        contentType: file.contentType,
        fileName: file.fileName,
        sizeBytes: file.data.length,
        sha256: sha256(file.data),
      },
      actor,
      (doc) => this.documents.writeFile(doc.id, file.data, true),
    );
  }

  update(
    idOrName: string,
    input: UpdateDocumentDto,
    expectedVersion: number | undefined,
    actor: Principal,
  ): Promise<Versioned<DocumentView>> {
    return this.changeRow(idOrName, expectedVersion, actor, (doc) => {
      const textChange = input.subject !== undefined || input.body !== undefined;
      if (textChange && isFileKind(doc.kind)) {
        throw invalid(
          COMMUNICATIONS_ERRORS.NOT_A_TEXT_DOCUMENT,
          `Document ${doc.id} is ${doc.kind}: replace its file with PUT /api/v1/documents/${doc.id}/content`,
          [{ field: input.body !== undefined ? 'body' : 'subject', message: `does not apply to ${doc.kind} documents` }],
        );
      }
      // Only what was sent changes (in the request's language); the variables follow the text as that language reads it.
      const current = localised(doc, requestLanguage());
      const subject = input.subject === undefined ? current.subject : input.subject;
      const body = input.body ?? current.body;
      return {
        name: input.name,
        description: input.description,
        subject: input.subject,
        body: input.body,
        variables: textChange ? this.variablesOf(doc.kind, subject, body ?? '') : undefined,
      };
    });
  }

  /** Replaces the file of an audio or video document (If-Match applies). */
  async replaceFile(
    idOrName: string,
    upload: MultipartUpload,
    expectedVersion: number | undefined,
    actor: Principal,
  ): Promise<Versioned<DocumentView>> {
    const current = await this.find(idOrName);
    if (!isFileKind(current.kind))
      throw invalid(COMMUNICATIONS_ERRORS.NOT_A_FILE_DOCUMENT, `Document ${current.id} is ${current.kind}: change its body with PATCH`, [
        { field: 'file', message: `does not apply to ${current.kind} documents` },
      ]);
    const file = this.checkedFile(current.kind, upload.file);
    return this.changeRow(
      String(current.id),
      expectedVersion,
      actor,
      () => ({ contentType: file.contentType, fileName: file.fileName, sizeBytes: file.data.length, sha256: sha256(file.data) }),
      async (doc) => {
        await this.documents.writeFile(doc.id, file.data);
        return true;
      },
    );
  }

  /** The bytes of a file document (or the body of a text one) as a stream, with what to label it. */
  async content(idOrName: string): Promise<{ stream: Readable; contentType: string; fileName: string; length: number }> {
    const doc = await this.find(idOrName);
    if (!isFileKind(doc.kind)) {
      const text = Buffer.from(doc.body ?? '', 'utf8');
      return {
        stream: Readable.from([text]),
        contentType: 'text/plain; charset=utf-8',
        fileName: `document-${doc.id}.txt`,
        length: text.length,
      };
    }
    return {
      stream: Readable.from(this.documents.readFile(doc.id)),
      contentType: doc.contentType ?? 'application/octet-stream',
      fileName: doc.fileName ?? `document-${doc.id}`,
      length: doc.sizeBytes ?? 0,
    };
  }

  /** The subject and body of a text or template filled with sample values (nothing is sent). */
  async preview(idOrName: string, values: Record<string, unknown>): Promise<DocumentPreviewView> {
    const doc = await this.find(idOrName);
    if (isFileKind(doc.kind))
      throw invalid(COMMUNICATIONS_ERRORS.NOT_A_TEXT_DOCUMENT, `Document ${doc.id} is ${doc.kind}: there is no text to fill`, [
        { field: 'variables', message: `does not apply to ${doc.kind} documents` },
      ]);
    const strings = this.stringValues(values);
    if (doc.kind === 'text') return { subject: doc.subject, body: doc.body ?? '', missingVariables: [] };
    const subject = doc.subject === null ? null : renderTemplate(doc.subject, strings);
    const body = renderTemplate(doc.body ?? '', strings);
    return {
      subject: subject?.text ?? null,
      body: body.text,
      missingVariables: [...new Set([...(subject?.missing ?? []), ...body.missing])],
    };
  }

  protected async views(rows: Document[]): Promise<DocumentView[]> {
    return rows.map((d) => ({
      documentId: d.id,
      name: d.name,
      kind: d.kind,
      description: d.description,
      subject: d.subject,
      body: d.body,
      variables: d.variables,
      file:
        isFileKind(d.kind) && d.contentType
          ? {
              contentType: d.contentType,
              fileName: d.fileName ?? '',
              sizeBytes: d.sizeBytes ?? 0,
              sha256: d.sha256 ?? '',
              contentPath: `/api/v1/documents/${d.id}/content`,
            }
          : null,
      ...revisionOf(d),
    }));
  }

  /** Events and audit keep a fingerprint of the text rather than the text itself (bounded size). */
  protected override snapshot(view: DocumentView): object {
    const { body, ...rest } = view;
    return { ...rest, bodyLength: body?.length ?? null, bodySha256: body === null ? null : sha256(body) };
  }

  protected override usage(row: Document): Promise<Usage> {
    return this.usages.ofDocument(row.id);
  }

  private variablesOf(kind: DocumentKind, subject: string | null, body: string): string[] {
    if (kind !== 'template') return [];
    const parsedSubject = subject === null ? { variables: [], problems: [] } : parseTemplate(subject, 'subject');
    const parsedBody = parseTemplate(body, 'body');
    const problems = [...parsedSubject.problems, ...parsedBody.problems];
    if (problems.length)
      throw invalid(
        COMMUNICATIONS_ERRORS.INVALID_TEMPLATE,
        `The template is malformed: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
        problems,
      );
    return [...new Set([...parsedSubject.variables, ...parsedBody.variables])];
  }

  private checkedFile(kind: FileKind, file: UploadedFile | null): UploadedFile {
    if (!file)
      throw invalid(COMMUNICATIONS_ERRORS.FILE_REQUIRED, 'Send the file as the multipart part "file"', [
        { field: 'file', message: 'is required' },
      ]);
    const allowed = this.limits.contentTypes[kind];
    if (!allowed.includes(file.contentType)) {
      throw new DomainError(
        'UnsupportedMediaType',
        COMMUNICATIONS_ERRORS.UNSUPPORTED_FILE_TYPE,
        `A ${kind} document must be one of ${allowed.join(', ')}; got ${file.contentType || 'no type'}`,
        { extra: { allowed } },
      );
    }
    const max = this.limits.maxBytes[kind];
    if (file.data.length > max)
      throw new DomainError(
        'PayloadTooLarge',
        COMMUNICATIONS_ERRORS.FILE_TOO_LARGE,
        `A ${kind} file may be at most ${Math.floor(max / 1024)} KiB; this one is ${Math.ceil(file.data.length / 1024)} KiB`,
        { extra: { maxBytes: max } },
      );
    if (file.data.length === 0)
      throw invalid(COMMUNICATIONS_ERRORS.EMPTY_FILE, 'The file is empty', [{ field: 'file', message: 'must not be empty' }]);
    return file;
  }

  private stringValues(values: Record<string, unknown>): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [name, value] of Object.entries(values)) {
      if ((typeof value !== 'string' && typeof value !== 'number') || String(value).length > 2000) {
        throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `variables.${name} must be text of at most 2000 characters`, [
          { field: `variables.${name}`, message: 'must be text of at most 2000 characters' },
        ]);
      }
      result[name] = String(value);
    }
    return result;
  }
}

const NO_FILE = { contentType: null, fileName: null, sizeBytes: null, sha256: null };
