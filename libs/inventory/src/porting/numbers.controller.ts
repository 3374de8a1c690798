import { Body, Controller, Get, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExtraModels, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  BaseUrl,
  createValidationPipe,
  CurrentPrincipal,
  invalid,
  PLATFORM_ERRORS,
  type Principal,
  RequirePermissions,
  StaffOnly,
  Versioned,
} from '@contactly/platform';
import { ImportCsvQueryDto, ImportRangeDto, ImportReportView } from '../import/dto/import.dto.js';
import { NumberImports } from '../import/number-imports.js';
import { NumberCountView } from '../resource/dto/number-counts.view.js';
import { ResourceView } from '../resource/dto/resource.view.js';
import { NumberResourceRepository } from '../resource/number-resource.repository.js';
import { PortInDto, PortOutDto } from './dto/porting.dto.js';
import { NumberPorting } from './number-porting.js';

const rangePipe = createValidationPipe(ImportRangeDto);
const csvQueryPipe = createValidationPipe(ImportCsvQueryDto);

/** Administration of the number pools that TMF639 has no place for: imports, porting, counts. Staff only. */
@ApiTags('numbers')
@ApiExtraModels(ImportRangeDto)
@StaffOnly()
@Controller('api/v1/numbers')
export class NumbersController {
  constructor(
    private readonly imports: NumberImports,
    private readonly porting: NumberPorting,
    private readonly numbers: NumberResourceRepository,
  ) {}

  @Post('imports')
  @HttpCode(200)
  @RequirePermissions('numbers:write')
  @ApiOperation({
    summary: 'Import numbers: a range (JSON) or a CSV upload',
    description:
      '`application/json`: a range `{resourceType, from, to, pool?}` (an ICCID range runs over the digits before the check digit, each number getting its own). ' +
      '`text/csv` with `?resourceType=&pool=`: one number a line, optionally `,donorOperator[,portingState]` (ported in); a header line and blank lines are skipped. ' +
      'Everything is checked first: a malformed MSISDN or ICCID is 400 `INVALID_IMPORT_LINE` naming the line, more than NUMBER_IMPORT_MAX numbers 413 `IMPORT_TOO_LARGE`; then nothing is written. ' +
      'Numbers in the pool already are reported (count and the first ones) and never doubled, also when overlapping imports run at once.',
  })
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({
    schema: {
      oneOf: [
        { $ref: '#/components/schemas/ImportRangeDto' },
        { type: 'string', example: 'number,donorOperator\n4915100000001\n4915100000002,Telekom' },
      ],
    },
  })
  @ApiQuery({ name: 'resourceType', required: false, enum: ['msisdn', 'iccid'], description: 'With text/csv: the type of the numbers' })
  @ApiQuery({ name: 'pool', required: false, description: 'With text/csv: the pool (default `default`)' })
  @ApiOkResponse({ type: ImportReportView })
  @ApiErrors(400, 413)
  async import(
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() actor: Principal,
  ): Promise<ImportReportView> {
    if (contentType?.toLowerCase().startsWith('text/csv')) {
      const options = (await csvQueryPipe.transform(query, { type: 'query', metatype: ImportCsvQueryDto })) as ImportCsvQueryDto;
      return this.imports.importCsv(options.resourceType, options.pool, String(body ?? ''), actor);
    }
    if (Object.keys(query).length)
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'A JSON import takes its type and pool in the body', [
        { field: Object.keys(query)[0], message: 'is for CSV uploads only' },
      ]);
    const range = (await rangePipe.transform(body, { type: 'body', metatype: ImportRangeDto })) as ImportRangeDto;
    return this.imports.importRange(range, actor);
  }

  @Post('port-in')
  @HttpCode(200)
  @RequirePermissions('numbers:write')
  @ApiOperation({
    summary: 'Port a number in',
    description:
      'Tags the MSISDN as ported in (donor operator, porting state), adding it to the pool as available when it is new. A number ported out earlier is 409.',
  })
  @ApiOkResponse({ type: ResourceView })
  @ApiErrors(400, 409)
  async portIn(
    @Body() body: PortInDto,
    @CurrentPrincipal() actor: Principal,
    @BaseUrl() baseUrl: string,
  ): Promise<Versioned<ResourceView>> {
    return (await this.porting.portIn(body, actor, baseUrl)).resource;
  }

  @Post('port-out')
  @HttpCode(200)
  @RequirePermissions('numbers:write')
  @ApiOperation({
    summary: 'Port a number out',
    description:
      'The number leaves the pool (`portedOut`) whatever it was doing; it is never reserved or assigned again. Again is a no-op.',
  })
  @ApiOkResponse({ type: ResourceView })
  @ApiErrors(400, 404)
  portOut(@Body() body: PortOutDto, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string): Promise<Versioned<ResourceView>> {
    return this.porting.portOut(body, actor, baseUrl);
  }

  @Get('counts')
  @RequirePermissions('numbers:read')
  @ApiOperation({ summary: 'Count numbers by pool, type and status', description: 'For the pool administration screen.' })
  @ApiOkResponse({ type: [NumberCountView] })
  counts(): Promise<NumberCountView[]> {
    return this.numbers.counts();
  }
}
