import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiList,
  BaseUrl,
  Created,
  CurrentPrincipal,
  Idempotent,
  IfMatch,
  type ListQuery,
  ListQueryParams,
  ApiMergePatch,
  type Principal,
  RequirePermissions,
  StaffOnly,
} from '@contactly/platform';
import { ApiIdOrName } from '../shared/api.js';
import { CreateRuleDto, RuleView, UpdateRuleDto } from './dto/rule.dto.js';
import { RULE_LIST } from './rule.list.js';
import { RuleService } from './rule.service.js';
import { Localised } from '../language/request-language.js';

const RULE = ApiIdOrName('rule', 2, 'rule');

@ApiTags('rules')
@StaffOnly()
@Localised()
@Controller('api/v1/rules')
export class RuleController {
  constructor(private readonly rules: RuleService) {}

  @Get()
  @RequirePermissions('communications:read')
  @ApiOperation({ summary: 'List sending rules', description: '`departmentId` lists one department’s rules.' })
  @ApiList(RULE_LIST, RuleView)
  @ApiErrors(400)
  list(@ListQueryParams(RULE_LIST) query: ListQuery) {
    return this.rules.list(query);
  }

  @Get(':rule')
  @RequirePermissions('communications:read')
  @RULE
  @ApiOperation({ summary: 'Get a rule by id or by name', description: 'A name several departments use is ambiguous (409): use the id.' })
  @ApiOkResponse({ type: RuleView })
  @ApiErrors(404, 409)
  get(@Param('rule') rule: string) {
    return this.rules.get(rule);
  }

  @Post()
  @Idempotent()
  @RequirePermissions('communications:admin')
  @ApiOperation({
    summary: 'Add a sending rule to a department',
    description:
      'Allowed type × channel pairs, quiet hours (local time of the client; the rule’s timeZone for clients without one), frequency caps per channel and period, and channel preference. Names are unique within a department (409); unknown department, types or channels are 422.',
  })
  @ApiCreatedResponse({ type: RuleView })
  @ApiErrors(400, 409, 422)
  async create(@Body() body: CreateRuleDto, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.rules.create(body, actor);
    return new Created(view, `${baseUrl}/api/v1/rules/${view.ruleId}`, version);
  }

  @Patch(':rule')
  @RequirePermissions('communications:admin')
  @RULE
  @ApiOperation({
    summary: 'Change a rule (merge patch)',
    description: 'A list that is sent replaces the rule’s list; one left out stays.',
  })
  @ApiMergePatch(UpdateRuleDto, RuleView)
  @ApiErrors(400, 404, 409, 412, 422)
  update(
    @Param('rule') rule: string,
    @Body() body: UpdateRuleDto,
    @IfMatch() version: number | undefined,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.rules.update(rule, body, version, actor);
  }

  @Delete(':rule')
  @HttpCode(204)
  @RequirePermissions('communications:admin')
  @RULE
  @ApiOperation({ summary: 'Delete a rule' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404, 409)
  async delete(@Param('rule') rule: string, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.rules.delete(rule, actor);
  }
}
