import { Readable } from 'node:stream';
import { applyDecorators, Controller, Get, HttpCode, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiErrors,
  ApiList,
  BaseUrl,
  CurrentPrincipal,
  Idempotent,
  type ListQuery,
  ListQueryParams,
  Page,
  ParseIdPipe,
  type Principal,
  ReferenceData,
  RequirePermissions,
  StaffOnly,
} from '@contactly/platform';
import { CATALOG_DUMPS_API } from './catalog-dump-paths.js';
import type { CatalogDump } from './catalog-dump.entity.js';
import { CATALOG_DUMP_LIST, CatalogDumpRepository } from './catalog-dump.repository.js';
import { CatalogDumpService } from './catalog-dump.service.js';
import { dumpEtag, notModified } from './conditional-download.js';
import { CatalogDumpView, toCatalogDumpView } from './dto/catalog-dump.view.js';

const CatalogDumpId = new ParseIdPipe('Catalog dump');

const DOWNLOAD_DOC =
  'The gzip bytes of a completed dump (`Content-Type: application/gzip`, saved as `catalog-<date>.ndjson.gz`): NDJSON once decompressed, one TMF620 object a line — `ProductOffering` lines (every launched offering, its prices inlined), then the `ProductSpecification` and `Category` lines they refer to. `ETag` is the hex SHA-256 of the bytes, `Last-Modified` the time the dump finished, `X-Catalog-Dump-Id` its id; `If-None-Match` or `If-Modified-Since` answer **304** when unchanged. Streamed from the database.';

const ApiDownload = () =>
  applyDecorators(
    ApiProduces('application/gzip'),
    ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of a copy held: 304 when it is still the one' }),
    ApiHeader({ name: 'If-Modified-Since', required: false }),
    ApiOkResponse({ description: 'The gzip bytes (NDJSON inside)', schema: { type: 'string', format: 'binary' } }),
    ApiResponse({ status: 304, description: 'The copy held is current' }),
    ApiErrors(404),
  );

@ApiTags('catalog dumps')
@Controller(CATALOG_DUMPS_API)
export class CatalogDumpController {
  constructor(
    private readonly service: CatalogDumpService,
    private readonly dumps: CatalogDumpRepository,
  ) {}

  @Post()
  @StaffOnly()
  @RequirePermissions('catalog:dump')
  @Idempotent()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Start a catalog dump now',
    description:
      'Answers **202** with the manifest of the dump it started (`status: running`; poll `href`), or of a dump that started after this request and so answers it. **409** CATALOG_DUMP_BUSY naming the running dump (`runningDump`) while another runs: one dump at a time across all server instances.',
  })
  @ApiAcceptedResponse({ type: CatalogDumpView })
  @ApiErrors(409)
  async start(@CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string): Promise<CatalogDumpView> {
    return toCatalogDumpView((await this.service.request(principal)).dump, baseUrl);
  }

  @Get()
  @ReferenceData()
  @RequirePermissions('catalog:read')
  @ApiOperation({ summary: 'Catalog dumps (manifests), newest first' })
  @ApiList(CATALOG_DUMP_LIST, CatalogDumpView)
  @ApiErrors(400)
  async list(@ListQueryParams(CATALOG_DUMP_LIST) query: ListQuery, @BaseUrl() baseUrl: string): Promise<Page<CatalogDumpView>> {
    const page = await this.dumps.list(query);
    return new Page(
      page.items.map((dump) => toCatalogDumpView(dump, baseUrl)),
      page.total,
      page.fields,
    );
  }

  @Get('latest')
  @ReferenceData()
  @RequirePermissions('catalog:read')
  @ApiOperation({ summary: 'Download the latest completed catalog dump', description: DOWNLOAD_DOC })
  @ApiDownload()
  async latest(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile | undefined> {
    return this.download(await this.service.downloadable('latest'), request, reply);
  }

  @Get(':id')
  @ReferenceData()
  @RequirePermissions('catalog:read')
  @ApiOperation({ summary: 'A catalog dump’s manifest: status, counts per line type, size, SHA-256' })
  @ApiOkResponse({ type: CatalogDumpView })
  @ApiErrors(404)
  async get(@Param('id', CatalogDumpId) id: number, @BaseUrl() baseUrl: string): Promise<CatalogDumpView> {
    return toCatalogDumpView(await this.service.get(id), baseUrl);
  }

  @Get(':id/download')
  @ReferenceData()
  @RequirePermissions('catalog:read')
  @ApiOperation({ summary: 'Download a completed catalog dump', description: DOWNLOAD_DOC })
  @ApiDownload()
  async downloadOne(
    @Param('id', CatalogDumpId) id: number,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | undefined> {
    return this.download(await this.service.downloadable(id), request, reply);
  }

  private download(dump: CatalogDump, request: FastifyRequest, reply: FastifyReply): StreamableFile | undefined {
    const etag = dumpEtag(dump.sha256!);
    const finishedAt = dump.finishedAt!;
    reply.header('ETag', etag).header('Last-Modified', finishedAt.toUTCString()).header('X-Catalog-Dump-Id', String(dump.id));
    if (notModified(request.headers, etag, finishedAt)) {
      reply.status(304);
      return undefined;
    }
    const fileName = `catalog-${dump.startedAt.toISOString().slice(0, 10)}.ndjson.gz`;
    return new StreamableFile(Readable.from(this.dumps.readChunks(dump.id)), {
      type: 'application/gzip',
      length: dump.byteSize,
      disposition: `attachment; filename="${fileName}"`,
    });
  }
}
