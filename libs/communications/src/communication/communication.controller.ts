import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiList,
  BaseUrl,
  CurrentPrincipal,
  CustomerOwned,
  Idempotent,
  IfMatch,
  type ListQuery,
  ListQueryParams,
  ApiMergePatch,
  type Principal,
  RequireAnyPermission,
  RequirePermissions,
  StaffOnly,
} from '@contactly/platform';
import { ApiIdOrName } from '../shared/api.js';
import { COMMUNICATION_LIST } from './communication.list.js';
import { CommunicationService } from './communication.service.js';
import { BulkStatusUpdateDto, BulkStatusUpdateView, CommunicationView, SentMailingView, StatusUpdateDto } from './dto/communication.dto.js';
import { DryRunView } from './dto/dry-run.dto.js';
import { SendCommunicationDto } from './dto/send-communication.dto.js';
import { SendingService } from './sending.service.js';

const COMMUNICATION = ApiIdOrName('communication', 101, 'communication');

@ApiTags('communications')
@CustomerOwned('communication')
@Controller('api/v1/communications')
export class CommunicationController {
  constructor(
    private readonly communications: CommunicationService,
    private readonly sending: SendingService,
  ) {}

  @Get()
  @RequireAnyPermission('communications:read', 'self:read')
  @ApiOperation({
    summary: 'List communications',
    description:
      'One per recipient; by type (`communicationTypeId`), client (`clientId`), status, department, channel, document, mailing (`mailingId`) or `name`. A subscriber sees only their own.',
  })
  @ApiList(COMMUNICATION_LIST, CommunicationView)
  @ApiErrors(400)
  list(@ListQueryParams(COMMUNICATION_LIST) query: ListQuery, @CurrentPrincipal() principal: Principal) {
    return this.communications.list(query, principal);
  }

  @Post()
  @StaffOnly()
  @RequireAnyPermission('communications:send', 'communications:admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Send a communication to clients',
    description: [
      'Creates a mailing and one communication per recipient (`recipients`: `clientIds`, a client-list `filter`, or a saved `groupId`; up to 100,000), each scheduled at `schedule.at`, its own `schedule.perClient` time, or now.',
      'Each recipient is checked and, when it fails, skipped with the reason while the rest go: the department’s rule allows the type on the channel (`RULE_NOT_ALLOWED`), a marketing type goes to no suspended or closed customer (`CUSTOMER_NOT_ACTIVE`; service types do), client available (`CLIENT_UNAVAILABLE`), channel not blocked (`CHANNEL_BLOCKED`), not booked by another department (`CLIENT_BOOKED`), an address for the channel (`NO_ADDRESS`), every template variable has a value (`MISSING_VARIABLE`), the rendered text fits a communication (`CONTENT_TOO_LONG`), frequency caps (`FREQUENCY_CAP`). A time in quiet hours is moved to their end (`QUIET_HOURS`), not dropped.',
      'Refused with nothing written: bad input or a time in the past (400), a type or channel your role may not send, or another department without communications:admin (403), unknown type, channel, document, department, group or clients (422).',
    ].join('\n\n'),
  })
  @ApiCreatedResponse({
    type: SentMailingView,
    description: 'The mailing (Location: /api/v1/mailings/{id}) with the recipients skipped or moved and why',
  })
  @ApiErrors(400, 403, 422)
  send(@Body() body: SendCommunicationDto, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string) {
    return this.sending.send(body, actor, baseUrl);
  }

  @Post('dry-run')
  @StaffOnly()
  @HttpCode(200)
  @RequireAnyPermission('communications:send', 'communications:admin')
  @ApiOperation({
    summary: 'Estimate a send: who would get it, later, or not at all, and why',
    description: [
      'Takes the body of POST /api/v1/communications and runs the very checks of the send (the same code) against the data as it is now, writing nothing: per recipient `go`, `moved` (to a later time, with the reason) or `skipped` (with the reason), and the totals.',
      'A request the send would refuse is refused the same way (400, 403, 422). It creates nothing and may be repeated at will, so it takes no Idempotency-Key; it is a POST only because its body (up to 100,000 client ids) does not fit a query string. What the send then does can differ only by what changed in between (another send counted by a cap, a new block).',
    ].join('\n\n'),
  })
  @ApiOkResponse({ type: DryRunView })
  @ApiErrors(400, 403, 422)
  dryRun(@Body() body: SendCommunicationDto, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string) {
    return this.sending.dryRun(body, actor, baseUrl);
  }

  @Post('status')
  @StaffOnly()
  @HttpCode(200)
  @RequirePermissions('communications:status')
  @ApiOperation({
    summary: 'Update the status of many sent communications',
    description:
      'Of all (`all: true`), a department’s (`departmentId`), clients’ (`clientIds`), a group’s (`groupId`), a mailing’s (`mailingId`) or listed ones (`communicationIds`): exactly one. Only those whose status leads to the new one move (delivered after sent, read after delivered, …); the rest stay. An employee updates their own department’s.',
  })
  @ApiOkResponse({ type: BulkStatusUpdateView })
  @ApiErrors(400, 403, 422)
  updateStatuses(@Body() body: BulkStatusUpdateDto, @CurrentPrincipal() actor: Principal) {
    return this.communications.updateStatuses(body, actor);
  }

  @Get(':communication')
  @RequireAnyPermission('communications:read', 'self:read')
  @COMMUNICATION
  @ApiOperation({
    summary: 'Get a communication by id or by name',
    description: 'A name several communications share (a mailing’s) is ambiguous (409). Another subscriber’s reads as 404.',
  })
  @ApiOkResponse({ type: CommunicationView })
  @ApiErrors(404, 409)
  get(@Param('communication') communication: string, @CurrentPrincipal() principal: Principal) {
    return this.communications.get(communication, principal);
  }

  @Patch(':communication/status')
  @RequireAnyPermission('communications:status', 'self:write')
  @COMMUNICATION
  @ApiOperation({
    summary: 'Update the status of one communication',
    description:
      'delivered, failed (with `reason`), read, responded (with survey `answers`) or ignored, as the status machine allows (409 otherwise; a status already passed changes nothing). A subscriber reports read or responded for their own.',
  })
  @ApiMergePatch(StatusUpdateDto, CommunicationView)
  @ApiErrors(400, 403, 404, 409, 412)
  updateStatus(
    @Param('communication') communication: string,
    @Body() body: StatusUpdateDto,
    @IfMatch() version: number | undefined,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.communications.updateStatus(communication, body, version, actor);
  }

  @Delete(':communication')
  @StaffOnly()
  @HttpCode(204)
  @RequireAnyPermission('communications:send', 'communications:admin')
  @COMMUNICATION
  @ApiOperation({
    summary: 'Delete (cancel) a communication',
    description:
      'A scheduled one is cancelled; one sent, failed or skipped stays as history (409). Your own department’s, unless you administer communications.',
  })
  @ApiNoContentResponse({ description: 'Cancelled' })
  @ApiErrors(403, 404, 409)
  async cancel(@Param('communication') communication: string, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.communications.cancel(communication, actor);
  }
}
