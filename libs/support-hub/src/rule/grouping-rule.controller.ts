import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiMergePatch,
  ApiList,
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
import { SUPPORT_HUB_API } from '../support-hub-paths.js';
import { CreateGroupingRuleDto, ExplainQuery, ExplainView, GroupingRuleView, UpdateGroupingRuleDto } from './dto/grouping-rule.dto.js';
import { GROUPING_RULE_LIST } from './grouping-rule-list.js';
import { GroupingRuleService } from './grouping-rule.service.js';

const RuleId = new ParseIdPipe('Rule');

@ApiTags('support hub rules')
@StaffOnly()
@Controller(`${SUPPORT_HUB_API}/rules`)
export class GroupingRuleController {
  constructor(private readonly rules: GroupingRuleService) {}

  @Get()
  @RequirePermissions('support-hub:read')
  @ApiOperation({
    summary: 'The grouping rules: key fields, provider aliases, error-code rewrites',
    description: 'Changes apply from the next refresh, which regroups every case.',
  })
  @ApiList(GROUPING_RULE_LIST, GroupingRuleView)
  @ApiErrors(400)
  list(@ListQueryParams(GROUPING_RULE_LIST) query: ListQuery, @BaseUrl() baseUrl: string): Promise<Page<GroupingRuleView>> {
    return this.rules.list(query, baseUrl);
  }

  @Get('explain')
  @RequirePermissions('support-hub:read')
  @ApiOperation({
    summary: 'What a provider and error code become under the rules in force, step by step (try a rule before the next refresh)',
  })
  @ApiOkResponse({ type: ExplainView })
  @ApiErrors(400)
  explain(@Query() query: ExplainQuery): Promise<ExplainView> {
    return this.rules.explain(query);
  }

  @Get(':id')
  @RequirePermissions('support-hub:read')
  @ApiOperation({ summary: 'A grouping rule' })
  @ApiOkResponse({ type: GroupingRuleView })
  @ApiErrors(404)
  get(@Param('id', RuleId) id: number, @BaseUrl() baseUrl: string): Promise<Versioned<GroupingRuleView>> {
    return this.rules.get(id, baseUrl);
  }

  @Post()
  @Idempotent()
  @RequirePermissions('support-hub:rules')
  @ApiOperation({
    summary: 'Add a grouping rule',
    description:
      'An invalid regular expression (or a replacement naming a group the pattern lacks) is 400; a second key-fields rule or an existing alias is 409.',
  })
  @ApiCreatedResponse({ type: GroupingRuleView })
  @ApiErrors(400, 409)
  async create(
    @Body() body: CreateGroupingRuleDto,
    @CurrentPrincipal() principal: Principal,
    @BaseUrl() baseUrl: string,
  ): Promise<Created<GroupingRuleView>> {
    const { body: view, version } = await this.rules.create(body, principal, baseUrl);
    return new Created(view, view.href, version);
  }

  @Patch(':id')
  @RequirePermissions('support-hub:rules')
  @ApiOperation({ summary: 'Change a grouping rule (merge patch; its kind cannot change)' })
  @ApiMergePatch(UpdateGroupingRuleDto, GroupingRuleView)
  @ApiErrors(400, 404, 409, 412)
  update(
    @Param('id', RuleId) id: number,
    @Body() body: UpdateGroupingRuleDto,
    @IfMatch() version: number | undefined,
    @CurrentPrincipal() principal: Principal,
    @BaseUrl() baseUrl: string,
  ): Promise<Versioned<GroupingRuleView>> {
    return this.rules.update(id, body, version, principal, baseUrl);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermissions('support-hub:rules')
  @ApiOperation({ summary: 'Delete a grouping rule', description: 'Without a key-fields rule, provider + errorCode is the key.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404)
  async delete(@Param('id', RuleId) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string): Promise<void> {
    await this.rules.delete(id, principal, baseUrl);
  }
}
