import { Controller, Delete, Get, HttpCode, Param } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiList,
  CurrentPrincipal,
  type ListQuery,
  ListQueryParams,
  type Principal,
  RequireAnyPermission,
  RequirePermissions,
  StaffOnly,
} from '@contactly/platform';
import { ApiIdOrName } from '../shared/api.js';
import { MailingView } from './dto/communication.dto.js';
import { MAILING_LIST } from './mailing.list.js';
import { MailingService } from './mailing.service.js';

const MAILING = ApiIdOrName('mailing', 12, 'mailing');

/** The send requests: `POST /api/v1/communications` creates one, with a communication per recipient. */
@ApiTags('communications')
@StaffOnly()
@Controller('api/v1/mailings')
export class MailingController {
  constructor(private readonly mailings: MailingService) {}

  @Get()
  @RequirePermissions('communications:read')
  @ApiOperation({
    summary: 'List mailings',
    description: 'By type, channel, document, department, group or `name`; each with its communications by status now.',
  })
  @ApiList(MAILING_LIST, MailingView)
  @ApiErrors(400)
  list(@ListQueryParams(MAILING_LIST) query: ListQuery) {
    return this.mailings.list(query);
  }

  @Get(':mailing')
  @RequirePermissions('communications:read')
  @MAILING
  @ApiOperation({
    summary: 'Get a mailing by id or by name',
    description: 'Its recipients per reason of skipping are in `skippedByReason`; each one in GET /api/v1/communications?mailingId={id}.',
  })
  @ApiOkResponse({ type: MailingView })
  @ApiErrors(404, 409)
  get(@Param('mailing') mailing: string) {
    return this.mailings.get(mailing);
  }

  @Delete(':mailing')
  @HttpCode(204)
  @RequireAnyPermission('communications:send', 'communications:admin')
  @MAILING
  @ApiOperation({
    summary: 'Cancel a mailing',
    description:
      'Its communications still scheduled are cancelled; what was sent stays. Your own department’s, unless you administer communications.',
  })
  @ApiNoContentResponse({ description: 'Cancelled' })
  @ApiErrors(403, 404, 409)
  async cancel(@Param('mailing') mailing: string, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.mailings.cancel(mailing, actor);
  }
}
