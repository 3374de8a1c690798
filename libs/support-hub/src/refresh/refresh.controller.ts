import { Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiErrors,
  ApiList,
  BaseUrl,
  CurrentPrincipal,
  ErrorDto,
  type ListQuery,
  ListQueryParams,
  Page,
  ParseIdPipe,
  type Principal,
  RequirePermissions,
  StaffOnly,
} from '@contactly/platform';
import { SUPPORT_HUB_API } from '../support-hub-paths.js';
import { HubStatusView, RefreshQuery, RefreshRunView } from './dto/refresh.dto.js';
import { toRunReport } from './refresh-report.js';
import { REFRESH_RUN_LIST, RefreshRunRepository } from './refresh-run.repository.js';
import { RefreshService } from './refresh.service.js';
import { StatusService, toRefreshRunView } from './status.service.js';

const RefreshRunId = new ParseIdPipe('Refresh run');

const REFRESH_DOC = {
  summary: 'Refresh the CRM data (Banana and Strawberry)',
  description:
    'Starts a refresh and answers **202** with the run (`id`, `status`, `startedAt`, `href`); poll `href` or `/status`, or send `wait=true` to get **200** with the finished run’s report. A trigger while a run is going joins it (same id, `joined: true`). Allowed only when the last successful refresh is at least SUPPORT_HUB_MIN_REFRESH_MINUTES (15) old: else **429** with `Retry-After` and `{lastRefreshedAt, nextAllowedAt}`. `force=true` (permission support-hub:force-refresh) skips that check. `full=true` pulls every case (a full sync). 409 when another server instance is just starting a refresh.',
};

@ApiTags('support hub')
@StaffOnly()
@Controller(SUPPORT_HUB_API)
export class RefreshController {
  constructor(
    private readonly refresh: RefreshService,
    private readonly status: StatusService,
    private readonly runs: RefreshRunRepository,
  ) {}

  @Get('refresh')
  @RequirePermissions('support-hub:refresh')
  @ApiOperation(REFRESH_DOC)
  @ApiAcceptedResponse({ type: RefreshRunView, description: 'Started (or joined)' })
  @ApiOkResponse({ type: RefreshRunView, description: 'With `wait=true`: the finished run' })
  @ApiResponse({
    status: 429,
    type: ErrorDto,
    description: 'Refreshed less than 15 minutes ago: `Retry-After`, `lastRefreshedAt`, `nextAllowedAt`',
  })
  @ApiErrors(400, 409, 503)
  refreshByGet(
    @Query() query: RefreshQuery,
    @CurrentPrincipal() principal: Principal,
    @BaseUrl() baseUrl: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RefreshRunView> {
    return this.trigger(query, principal, baseUrl, reply);
  }

  @Post('refresh')
  @RequirePermissions('support-hub:refresh')
  @ApiOperation(REFRESH_DOC)
  @ApiAcceptedResponse({ type: RefreshRunView, description: 'Started (or joined)' })
  @ApiOkResponse({ type: RefreshRunView, description: 'With `wait=true`: the finished run' })
  @ApiResponse({
    status: 429,
    type: ErrorDto,
    description: 'Refreshed less than 15 minutes ago: `Retry-After`, `lastRefreshedAt`, `nextAllowedAt`',
  })
  @ApiErrors(400, 409, 503)
  refreshByPost(
    @Query() query: RefreshQuery,
    @CurrentPrincipal() principal: Principal,
    @BaseUrl() baseUrl: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RefreshRunView> {
    return this.trigger(query, principal, baseUrl, reply);
  }

  @Get('status')
  @RequirePermissions('support-hub:read')
  @ApiOperation({
    summary: 'Freshness, source health, the latest runs, the next scheduled refresh, and a run in progress with its counters',
  })
  @ApiOkResponse({ type: HubStatusView })
  getStatus(@BaseUrl() baseUrl: string): Promise<HubStatusView> {
    return this.status.status(baseUrl);
  }

  @Get('refresh-runs')
  @RequirePermissions('support-hub:read')
  @ApiOperation({ summary: 'Refresh runs, newest first, each with its per-source report' })
  @ApiList(REFRESH_RUN_LIST, RefreshRunView)
  @ApiErrors(400)
  async listRuns(@ListQueryParams(REFRESH_RUN_LIST) query: ListQuery, @BaseUrl() baseUrl: string): Promise<Page<RefreshRunView>> {
    const page = await this.runs.list(query);
    return new Page(
      page.items.map(({ run, sources }) => toRefreshRunView(toRunReport(run, sources), baseUrl)),
      page.total,
      page.fields,
    );
  }

  @Get('refresh-runs/:id')
  @RequirePermissions('support-hub:read')
  @ApiOperation({
    summary:
      'One refresh run: status, progress while running, and per source what was fetched, new, changed, deleted, skipped and why it failed',
  })
  @ApiOkResponse({ type: RefreshRunView })
  @ApiErrors(404)
  async getRun(@Param('id', RefreshRunId) id: number, @BaseUrl() baseUrl: string): Promise<RefreshRunView> {
    return toRefreshRunView(await this.refresh.report(id), baseUrl);
  }

  private async trigger(query: RefreshQuery, principal: Principal, baseUrl: string, reply: FastifyReply): Promise<RefreshRunView> {
    const wait = query.wait === 'true';
    const { report, joined } = await this.refresh.request(principal, { force: query.force === 'true', full: query.full === 'true', wait });
    const view = toRefreshRunView(report, baseUrl, joined);
    reply.status(wait ? 200 : 202).header('Location', view.href);
    return view;
  }
}
