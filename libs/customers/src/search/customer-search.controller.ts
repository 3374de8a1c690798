import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  BaseUrl,
  CurrentPrincipal,
  CustomerOwned,
  LIST_DEFAULT_LIMIT,
  LIST_MAX_LIMIT,
  type Principal,
  RequirePermissions,
  TextField,
} from '@contactly/platform';
import { CustomerSearchService } from './customer-search.service.js';
import { CustomerSummaryDto } from './customer-summary.dto.js';
import { SEARCH_CANDIDATE_LIMIT } from './customer-search.repository.js';

class CustomerSearchQuery {
  @TextField({
    max: 200,
    example: 'ivanova',
    description: 'Name prefix (given, family, trading), email, phone or id; several words narrow the search',
  })
  q: string;
  @TextField({ max: 9, optional: true, pattern: /^\d+$/, patternMessage: 'offset must be a non-negative integer', example: '0' })
  offset?: string;
  @TextField({ max: 9, optional: true, pattern: /^\d+$/, patternMessage: 'limit must be a non-negative integer', example: '20' })
  limit?: string;
}

@ApiTags('customers')
@CustomerOwned('customer')
@Controller('api/v1/customers')
export class CustomerSearchController {
  constructor(private readonly search: CustomerSearchService) {}

  @Get('search')
  @RequirePermissions('customers:read')
  @ApiOperation({
    summary: 'Search customers as you type',
    description: `Matches the start of given, family or trading names, emails and phones, and the id; \`%\` and \`_\` are plain characters. Ranked: id, exact word, name prefix, then email/phone prefix. At most ${SEARCH_CANDIDATE_LIMIT} matches are ranked.`,
  })
  @ApiOkResponse({
    type: [CustomerSummaryDto],
    headers: { 'X-Total-Count': { schema: { type: 'integer' } }, 'X-Result-Count': { schema: { type: 'integer' } } },
  })
  @ApiErrors(400)
  find(@Query() query: CustomerSearchQuery, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    const limit = Math.min(Number(query.limit ?? LIST_DEFAULT_LIMIT), LIST_MAX_LIMIT);
    return this.search.find(query.q, Number(query.offset ?? 0), limit, principal, baseUrl);
  }
}
