import { Body, Get, HttpCode, Inject, Param, Post, Put, Req, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  ApiErrors,
  ApiIfMatch,
  BaseUrl,
  Created,
  CurrentPrincipal,
  Idempotent,
  IfMatch,
  type Principal,
  RequirePermissions,
  StaffOnly,
} from '@contactly/platform';
import { catalogControllerFor, type OwnEndpoints } from '../shared/catalog.controller.js';
import { DOCUMENT_LIST } from './document.list.js';
import { DocumentService } from './document.service.js';
import { CreateTextDocumentDto, DocumentPreviewView, DocumentView, PreviewDocumentDto, UpdateDocumentDto } from './dto/document.dto.js';
import { readMultipart } from './multipart-upload.js';
import { DocumentUploadLimits } from './upload-limits.js';

const uploadBody = (withMeta: boolean) =>
  ApiBody({
    schema: {
      type: 'object',
      required: withMeta ? ['name', 'kind', 'file'] : ['file'],
      properties: {
        ...(withMeta
          ? {
              name: { type: 'string', maxLength: 200 },
              kind: { type: 'string', enum: ['audio', 'video'] },
              description: { type: 'string', maxLength: 1000 },
            }
          : {}),
        file: { type: 'string', format: 'binary' },
      },
    },
  });

/** `attachment` with the file's name, ASCII-safe plus its UTF-8 form (RFC 6266 / 5987). */
const attachment = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** GET /{document}/content. */
const download: OwnEndpoints<DocumentService> = (Base, ApiDocument) => {
  class DocumentDownload extends Base {
    @Get(':document/content')
    @StaffOnly()
    @RequirePermissions('communications:read')
    @ApiDocument
    @ApiOperation({ summary: 'Download a document’s file (or a text document’s body as text/plain)' })
    @ApiProduces('application/octet-stream', 'audio/*', 'video/*', 'text/plain')
    @ApiOkResponse({ description: 'The bytes, with their content type', schema: { type: 'string', format: 'binary' } })
    @ApiErrors(404)
    async content(@Param('document') document: string): Promise<StreamableFile> {
      const file = await this.service.content(document);
      return new StreamableFile(file.stream, { type: file.contentType, length: file.length, disposition: attachment(file.fileName) });
    }
  }
  return DocumentDownload;
};

/** POST /upload, PUT /{document}/content and POST /{document}/preview. */
const filesAndPreview: OwnEndpoints<DocumentService> = (Base, ApiDocument) => {
  class DocumentFilesAndPreview extends Base {
    @Inject(DocumentUploadLimits) private readonly limits: DocumentUploadLimits;

    @Post('upload')
    @StaffOnly()
    @Idempotent()
    @RequirePermissions('communications:admin')
    @ApiOperation({
      summary: 'Upload an audio or video document (multipart/form-data)',
      description:
        'Fields `name`, `kind` (audio | video), `description`; the file in the part `file`. Audio up to 20 MiB (mp3, m4a, aac, ogg, opus, wav, webm, flac), video up to 50 MiB (mp4, webm, ogg, mov, mpeg): larger is 413, another type 415, and nothing is stored.',
    })
    @ApiConsumes('multipart/form-data')
    @uploadBody(true)
    @ApiCreatedResponse({ type: DocumentView })
    @ApiErrors(400, 409, 413, 415)
    async upload(@Req() request: FastifyRequest, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string) {
      const { body: view, version } = await this.service.upload(await readMultipart(request, this.limits.largest), actor);
      return new Created(view, `${baseUrl}/api/v1/documents/${view.documentId}`, version);
    }

    @Put(':document/content')
    @StaffOnly()
    @RequirePermissions('communications:admin')
    @ApiDocument
    @ApiOperation({
      summary: 'Replace the file of an audio or video document (multipart/form-data, part `file`)',
      description: 'Same limits as the upload (413, 415).',
    })
    @ApiConsumes('multipart/form-data')
    @uploadBody(false)
    @ApiIfMatch()
    @ApiOkResponse({ type: DocumentView })
    @ApiErrors(400, 404, 412, 413, 415)
    async replaceContent(
      @Param('document') document: string,
      @Req() request: FastifyRequest,
      @IfMatch() version: number | undefined,
      @CurrentPrincipal() actor: Principal,
    ) {
      return this.service.replaceFile(document, await readMultipart(request, this.limits.largest), version, actor);
    }

    @Post(':document/preview')
    @StaffOnly()
    @HttpCode(200)
    @RequirePermissions('communications:read')
    @ApiDocument
    @ApiOperation({
      summary: 'Fill a template with sample values',
      description: 'Nothing is sent or stored; variables without a value are listed and stay as written.',
    })
    @ApiOkResponse({ type: DocumentPreviewView })
    @ApiErrors(400, 404)
    preview(@Param('document') document: string, @Body() body: PreviewDocumentDto) {
      return this.service.preview(document, body.variables);
    }
  }
  return DocumentFilesAndPreview;
};

export const DocumentController = catalogControllerFor(
  {
    resource: 'Document',
    path: 'api/v1/documents',
    tag: 'documents',
    service: DocumentService,
    one: 'document',
    many: 'documents',
    param: 'document',
    example: 5,
    list: DOCUMENT_LIST,
    view: DocumentView,
    create: CreateTextDocumentDto,
    createWith: (documents, body, actor) => documents.createText(body, actor),
    update: UpdateDocumentDto,
    idOf: (document) => document.documentId,
    docs: {
      create: {
        summary: 'Add a text or template document',
        description: 'Templates use `{{variable}}` placeholders; a malformed one is 400. Audio and video: POST /api/v1/documents/upload.',
      },
      update: 'A changed template body is checked again and its variables derived again.',
      delete: 'Refused (409, nothing deleted) while bookings use it.',
    },
  },
  { reads: download, actions: filesAndPreview },
);
