import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  BaseUrl,
  CurrentPrincipal,
  CustomerOwned,
  ParseIdPipe,
  type Principal,
  RequireAnyPermission,
} from '@contactly/platform';
import { CustomerOverviewView } from './dto/customer-overview.dto.js';
import { CustomerOverviewService } from './customer-overview.service.js';

const CustomerId = new ParseIdPipe('Customer');

@ApiTags('customers')
@Controller('api/v1/customers')
export class CustomerOverviewController {
  constructor(private readonly overview: CustomerOverviewService) {}

  @Get(':id/overview')
  @CustomerOwned('customer')
  @RequireAnyPermission('customers:read', 'self:read')
  @ApiOperation({
    summary: 'A customer at a glance (the top of the 360 page)',
    description:
      'Status with its reason; what is owed (the billing accounts’ receivable balances per currency, and whether one is overdue); the card marked default, which the billing accounts charge; open support cases (with support-hub:read, else null); the last contact and, per enabled channel, whether a marketing and a service communication would reach the customer now, with every reason by the checks a send applies (with communications:read, else null). A suspended or closed customer is not reachable for marketing. Out of your scope: 404.',
  })
  @ApiOkResponse({ type: CustomerOverviewView })
  @ApiErrors(400, 404)
  read(@Param('id', CustomerId) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.overview.read(id, principal, baseUrl);
  }
}
