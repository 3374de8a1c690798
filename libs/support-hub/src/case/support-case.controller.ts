import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiList,
  BaseUrl,
  CurrentPrincipal,
  type ListQuery,
  ListQueryParams,
  type Page,
  type Principal,
  RequirePermissions,
  StaffOnly,
} from '@contactly/platform';
import { SUPPORT_HUB_API } from '../support-hub-paths.js';
import { SupportCaseView } from './dto/support-case.dto.js';
import { SUPPORT_CASE_LIST } from './support-case-list.js';
import { SupportCaseService } from './support-case.service.js';

@ApiTags('support hub')
@StaffOnly()
@Controller(SUPPORT_HUB_API)
export class SupportCaseController {
  constructor(private readonly cases: SupportCaseService) {}

  @Get('cases')
  @RequirePermissions('support-hub:read')
  @ApiOperation({
    summary: 'Member cases (the CRM cases), e.g. those of one customer',
    description:
      '`customerRef` is the customer’s email (case-insensitive): the customer 360 page lists a customer’s cases with it. `aggregatedCaseId` lists the members of an aggregated case. Each case says why it is in its group. Staff only: other principals see none.',
  })
  @ApiList(SUPPORT_CASE_LIST, SupportCaseView)
  @ApiErrors(400)
  list(
    @ListQueryParams(SUPPORT_CASE_LIST) query: ListQuery,
    @CurrentPrincipal() principal: Principal,
    @BaseUrl() baseUrl: string,
  ): Promise<Page<SupportCaseView>> {
    return this.cases.list(query, principal, baseUrl);
  }
}
