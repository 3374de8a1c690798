import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Req, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  ApiErrors,
  ApiIfMatch,
  ApiList,
  BaseUrl,
  Created,
  CurrentPrincipal,
  IfMatch,
  type ListQuery,
  ListQueryParams,
  PATCH_CONTENT_TYPES,
  type Principal,
  RequirePermissions,
} from '@contactly/platform';
import { ApiIdOrName } from '../shared/api.js';
import { DOCUMENT_LIST } from './document.list.js';
import { DocumentService } from './document.service.js';
import { CreateTextDocumentDto, DocumentPreviewView, DocumentView, PreviewDocumentDto, UpdateDocumentDto } from './dto/document.dto.js';
import { readMultipart } from './multipart-upload.js';
import { DocumentUploadLimits } from './upload-limits.js';

const DOCUMENT = ApiIdOrName('document', 5, 'document');

const uploadBody = (withMeta: boolean) =>
  ApiBody({
    schema: {
      type: 'object',
      required: withMeta ? ['name', 'kind', 'file'] : ['file'],
      properties: {
        ...(withMeta
          ? { name: { type: 'string', maxLength: 200 }, kind: { type: 'string', enum: ['audio', 'video'] }, description: { type: 'string', maxLength: 1000 } }
          : {}),
        file: { type: 'string', format: 'binary' },
      },
    },
  });

/** `attachment` with the file's name, ASCII-safe plus its UTF-8 form (RFC 6266 / 5987). */
const attachment = (fileName: string) => `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

@ApiTags('documents')
@Controller('api/v1/documents')
export class DocumentController {
  constructor(
    private readonly documents: DocumentService,
    private readonly limits: DocumentUploadLimits,
  ) {}

  @Get()
  @RequirePermissions('communications:read')
  @ApiOperation({ summary: 'List documents' })
  @ApiList(DOCUMENT_LIST, DocumentView)
  @ApiErrors(400)
  list(@ListQueryParams(DOCUMENT_LIST) query: ListQuery) {
    return this.documents.list(query);
  }

  @Get(':document')
  @RequirePermissions('communications:read')
  @DOCUMENT
  @ApiOperation({ summary: 'Get a document by id or by name' })
  @ApiOkResponse({ type: DocumentView })
  @ApiErrors(404)
  get(@Param('document') document: string) {
    return this.documents.get(document);
  }

  @Get(':document/content')
  @RequirePermissions('communications:read')
  @DOCUMENT
  @ApiOperation({ summary: 'Download a document’s file (or a text document’s body as text/plain)' })
  @ApiProduces('application/octet-stream', 'audio/*', 'video/*', 'text/plain')
  @ApiOkResponse({ description: 'The bytes, with their content type', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(404)
  async content(@Param('document') document: string): Promise<StreamableFile> {
    const file = await this.documents.content(document);
    return new StreamableFile(file.stream, { type: file.contentType, length: file.length, disposition: attachment(file.fileName) });
  }

  @Post()
  @RequirePermissions('communications:admin')
  @ApiOperation({ summary: 'Add a text or template document', description: 'Templates use `{{variable}}` placeholders; a malformed one is 400. Audio and video: POST /api/v1/documents/upload.' })
  @ApiCreatedResponse({ type: DocumentView })
  @ApiErrors(400, 409)
  async create(@Body() body: CreateTextDocumentDto, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.documents.createText(body, actor);
    return new Created(view, `${baseUrl}/api/v1/documents/${view.documentId}`, version);
  }

  @Post('upload')
  @RequirePermissions('communications:admin')
  @ApiOperation({
    summary: 'Upload an audio or video document (multipart/form-data)',
    description: 'Fields `name`, `kind` (audio | video), `description`; the file in the part `file`. Audio up to 20 MiB (mp3, m4a, aac, ogg, opus, wav, webm, flac), video up to 50 MiB (mp4, webm, ogg, mov, mpeg): larger is 413, another type 415, and nothing is stored.',
  })
  @ApiConsumes('multipart/form-data')
  @uploadBody(true)
  @ApiCreatedResponse({ type: DocumentView })
  @ApiErrors(400, 409, 413, 415)
  async upload(@Req() request: FastifyRequest, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.documents.upload(await readMultipart(request, this.limits.largest), actor);
    return new Created(view, `${baseUrl}/api/v1/documents/${view.documentId}`, version);
  }

  @Put(':document/content')
  @RequirePermissions('communications:admin')
  @DOCUMENT
  @ApiOperation({ summary: 'Replace the file of an audio or video document (multipart/form-data, part `file`)', description: 'Same limits as the upload (413, 415).' })
  @ApiConsumes('multipart/form-data')
  @uploadBody(false)
  @ApiIfMatch()
  @ApiOkResponse({ type: DocumentView })
  @ApiErrors(400, 404, 412, 413, 415)
  async replaceContent(@Param('document') document: string, @Req() request: FastifyRequest, @IfMatch() version: number | undefined, @CurrentPrincipal() actor: Principal) {
    return this.documents.replaceFile(document, await readMultipart(request, this.limits.largest), version, actor);
  }

  @Patch(':document')
  @RequirePermissions('communications:admin')
  @DOCUMENT
  @ApiOperation({ summary: 'Change a document (merge patch)', description: 'A changed template body is checked again and its variables derived again.' })
  @ApiConsumes(...PATCH_CONTENT_TYPES)
  @ApiBody({ type: UpdateDocumentDto })
  @ApiIfMatch()
  @ApiOkResponse({ type: DocumentView })
  @ApiErrors(400, 404, 409, 412)
  update(@Param('document') document: string, @Body() body: UpdateDocumentDto, @IfMatch() version: number | undefined, @CurrentPrincipal() actor: Principal) {
    return this.documents.update(document, body, version, actor);
  }

  @Post(':document/preview')
  @HttpCode(200)
  @RequirePermissions('communications:read')
  @DOCUMENT
  @ApiOperation({ summary: 'Fill a template with sample values', description: 'Nothing is sent or stored; variables without a value are listed and stay as written.' })
  @ApiOkResponse({ type: DocumentPreviewView })
  @ApiErrors(400, 404)
  preview(@Param('document') document: string, @Body() body: PreviewDocumentDto) {
    return this.documents.preview(document, body.variables);
  }

  @Delete(':document')
  @HttpCode(204)
  @RequirePermissions('communications:admin')
  @DOCUMENT
  @ApiOperation({ summary: 'Delete a document', description: 'Refused (409, nothing deleted) while bookings use it.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404, 409)
  async delete(@Param('document') document: string, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.documents.delete(document, actor);
  }
}
