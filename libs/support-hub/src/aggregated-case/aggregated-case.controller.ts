import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiList,
  ApiMergePatch,
  BaseUrl,
  Created,
  CurrentPrincipal,
  Idempotent,
  IfMatch,
  type ListQuery,
  ListQueryParams,
  type Page,
  ParseIdPipe,
  type Principal,
  RequirePermissions,
  StaffOnly,
  type Versioned,
} from '@contactly/platform';
import { SupportCaseView } from '../case/dto/support-case.dto.js';
import { AGGREGATED_CASE_MEMBER_LIST } from '../case/support-case-list.js';
import { MergeSplitService } from '../override/merge-split.service.js';
import { aggregatedCaseHref, SUPPORT_HUB_API } from '../support-hub-paths.js';
import { AGGREGATED_CASE_LIST, AGGREGATED_CASE_SEARCH } from './aggregated-case-list.js';
import { AggregatedCaseRenameService } from './aggregated-case-rename.service.js';
import { AggregatedCaseService } from './aggregated-case.service.js';
import {
  AggregatedCaseDetailView,
  AggregatedCaseView,
  MergeAggregatedCasesDto,
  RenameAggregatedCaseDto,
  SplitAggregatedCaseDto,
} from './dto/aggregated-case.dto.js';

const AggregatedCaseId = new ParseIdPipe('Aggregated case');

@ApiTags('support hub')
@StaffOnly()
@Controller(SUPPORT_HUB_API)
export class AggregatedCaseController {
  constructor(
    private readonly aggregated: AggregatedCaseService,
    private readonly overrides: MergeSplitService,
    private readonly naming: AggregatedCaseRenameService,
  ) {}

  @Get('get-all')
  @RequirePermissions('support-hub:read')
  @ApiOperation({
    summary: 'All aggregated cases',
    description:
      'The list conventions: `offset`, `limit`, `sort` (default `-lastSeen`), `fields`, exact filters (`provider`, `errorCode`, `status`, `caseCount`, `openCount`) and `.gt/.gte/.lt/.lte` on counts and dates; `X-Total-Count`.',
  })
  @ApiList(AGGREGATED_CASE_LIST, AggregatedCaseView)
  @ApiErrors(400)
  getAll(@ListQueryParams(AGGREGATED_CASE_LIST) query: ListQuery, @BaseUrl() baseUrl: string): Promise<Page<AggregatedCaseView>> {
    return this.aggregated.list(query, baseUrl);
  }

  @Get('search')
  @RequirePermissions('support-hub:read')
  @ApiOperation({
    summary: 'Search aggregated cases by provider, error code, status and text',
    description:
      'Each parameter is optional; none returns every aggregated case. `provider` and `errorCode` may be written in any spelling the grouping rules know. `status` must be `open` or `closed` (else 400). The list conventions apply (`offset`, `limit`, `sort`, `fields`).',
  })
  @ApiList(AGGREGATED_CASE_SEARCH, AggregatedCaseView)
  @ApiErrors(400)
  search(@ListQueryParams(AGGREGATED_CASE_SEARCH) query: ListQuery, @BaseUrl() baseUrl: string): Promise<Page<AggregatedCaseView>> {
    return this.aggregated.search(query, baseUrl);
  }

  @Get('aggregated-cases/:id')
  @RequirePermissions('support-hub:read')
  @ApiOperation({
    summary: 'An aggregated case with its members and why each is in it',
    description: 'The most recently updated members (up to `memberLimit`); `membersHref` lists them all.',
  })
  @ApiOkResponse({ type: AggregatedCaseDetailView })
  @ApiErrors(404)
  get(
    @Param('id', AggregatedCaseId) id: number,
    @CurrentPrincipal() principal: Principal,
    @BaseUrl() baseUrl: string,
  ): Promise<Versioned<AggregatedCaseDetailView>> {
    return this.aggregated.detail(id, principal, baseUrl);
  }

  @Get('aggregated-cases/:id/cases')
  @RequirePermissions('support-hub:read')
  @ApiOperation({
    summary: 'The member cases of an aggregated case, a page at a time',
    description:
      'Newest update first by default; `status` and `source` filter, `q` searches the title, the CRM’s id and the customer’s email; `offset`, `limit`, `sort`, `fields`; `X-Total-Count`. An aggregated case that does not exist (any more) is 404.',
  })
  @ApiList(AGGREGATED_CASE_MEMBER_LIST, SupportCaseView)
  @ApiErrors(400, 404)
  members(
    @Param('id', AggregatedCaseId) id: number,
    @ListQueryParams(AGGREGATED_CASE_MEMBER_LIST) query: ListQuery,
    @CurrentPrincipal() principal: Principal,
    @BaseUrl() baseUrl: string,
  ): Promise<Page<SupportCaseView>> {
    return this.aggregated.members(id, query, principal, baseUrl);
  }

  @Patch('aggregated-cases/:id')
  @RequirePermissions('support-hub:merge')
  @ApiOperation({
    summary: 'Rename an aggregated case (a split one too)',
    description:
      'Merge patch of `name` (1–200 characters; null gives back provider · error code). Refreshes keep the name; a merge keeps the target’s. Send the ETag as `If-Match`: a stale one is 412. Audited, with an AggregatedCaseAttributeValueChangeEvent.',
  })
  @ApiMergePatch(RenameAggregatedCaseDto, AggregatedCaseDetailView)
  @ApiErrors(400, 404, 412)
  rename(
    @Param('id', AggregatedCaseId) id: number,
    @Body() body: RenameAggregatedCaseDto,
    @IfMatch() version: number | undefined,
    @CurrentPrincipal() principal: Principal,
    @BaseUrl() baseUrl: string,
  ): Promise<Versioned<AggregatedCaseDetailView>> {
    return this.naming.rename(id, body, version, principal, baseUrl);
  }

  @Post('aggregated-cases/merge')
  @HttpCode(200)
  @RequirePermissions('support-hub:merge')
  @ApiOperation({
    summary: 'Merge one aggregated case into another',
    description:
      'Every case of `sourceId` joins `targetId` (which keeps its id, provider and error code); `sourceId` disappears. The merge sticks across refreshes and rule changes, and is audited with its reason. Merging a case with itself is 400.',
  })
  @ApiOkResponse({ type: AggregatedCaseDetailView, description: 'The target after the merge' })
  @ApiErrors(400, 404)
  merge(
    @Body() body: MergeAggregatedCasesDto,
    @CurrentPrincipal() principal: Principal,
    @BaseUrl() baseUrl: string,
  ): Promise<Versioned<AggregatedCaseDetailView>> {
    return this.overrides.merge(body, principal, baseUrl);
  }

  @Post('aggregated-cases/:id/split')
  @Idempotent()
  @RequirePermissions('support-hub:merge')
  @ApiOperation({
    summary: 'Split cases out of an aggregated case',
    description:
      'The named member cases leave together for a new aggregated case (201, `Location`), and stay there across refreshes. Audited with its reason. A case that is not a member is 404; splitting every member out is 400.',
  })
  @ApiCreatedResponse({ type: AggregatedCaseDetailView, description: 'The new aggregated case' })
  @ApiErrors(400, 404)
  async split(
    @Param('id', AggregatedCaseId) id: number,
    @Body() body: SplitAggregatedCaseDto,
    @CurrentPrincipal() principal: Principal,
    @BaseUrl() baseUrl: string,
  ): Promise<Created<AggregatedCaseDetailView>> {
    const created = await this.overrides.split(id, body, principal, baseUrl);
    return new Created(created.body, aggregatedCaseHref(baseUrl, created.body.id), created.version);
  }
}
