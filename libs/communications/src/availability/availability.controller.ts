import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  CurrentPrincipal,
  CustomerOwned,
  ParseIdPipe,
  type Principal,
  RequirePermissions,
  StaffOnly,
} from '@contactly/platform';
import { ApiIdOrName } from '../shared/api.js';
import { AvailabilityService } from './availability.service.js';
import {
  AvailabilityCheckQuery,
  AvailabilityCheckView,
  ClientsAvailabilityQuery,
  GroupAvailabilityView,
  PeriodQuery,
} from './dto/availability.dto.js';

const ClientId = new ParseIdPipe('Client');
const FIGURES =
  'Of all attempted communications (sent, delivered, read, responded, ignored, failed) the share that succeeded (sent, delivered, read, responded), and the share of available clients; `from`/`to` narrow to communications scheduled in that period.';

/** Whether clients can be reached: group figures, and a yes or no with reasons for one client. */
@ApiTags('clients')
@Controller('api/v1')
export class AvailabilityController {
  constructor(private readonly availability: AvailabilityService) {}

  @Get('client_groups/:group/availability')
  @StaffOnly()
  @RequirePermissions('communications:read')
  @ApiIdOrName('group', 7, 'client group')
  @ApiOperation({ summary: 'Availability of a saved client group', description: FIGURES })
  @ApiOkResponse({ type: GroupAvailabilityView })
  @ApiErrors(400, 404)
  ofGroup(@Param('group') group: string, @Query() query: PeriodQuery, @CurrentPrincipal() principal: Principal) {
    return this.availability.ofGroup(group, query, principal);
  }

  @Get('clients/availability')
  @CustomerOwned('client')
  @RequirePermissions('communications:read')
  @ApiOperation({
    summary: 'Availability of a group of clients',
    description: `\`clientIds=2,5,8\` (up to 1,000; unknown ones: 404). ${FIGURES}`,
  })
  @ApiOkResponse({ type: GroupAvailabilityView })
  @ApiErrors(400, 404)
  ofClients(@Query() query: ClientsAvailabilityQuery, @CurrentPrincipal() principal: Principal) {
    const { clientIds, ...period } = query;
    return this.availability.ofClients(clientIds, period, principal);
  }

  @Get('clients/:id/availability/check')
  @CustomerOwned('client')
  @RequirePermissions('communications:read')
  @ApiOperation({
    summary: 'May this client be reached on this channel at this time?',
    description:
      'Yes or no with every reason, by the checks a send applies: available, channel not blocked, not booked by another department, an address for the channel, the department’s rules (type allowed, quiet hours — with the next allowed time — and frequency caps). Nothing is sent.',
  })
  @ApiOkResponse({ type: AvailabilityCheckView })
  @ApiErrors(400, 404)
  check(@Param('id', ClientId) id: number, @Query() query: AvailabilityCheckQuery, @CurrentPrincipal() principal: Principal) {
    return this.availability.check(id, query, principal);
  }
}
