import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  BaseUrl,
  CurrentPrincipal,
  CustomerOwned,
  EmailField,
  PLATFORM_ERRORS,
  type Principal,
  RequirePermissions,
  invalid,
  scopeOf,
} from '@contactly/platform';
import { PhoneNumbers } from '../phone/phone-numbers.js';
import { PhoneField } from '../phone/phone.field.js';
import { PossibleDuplicateView } from './possible-duplicate.js';
import { PossibleDuplicates } from './possible-duplicates.js';

class DuplicatesQuery {
  @EmailField({ optional: true, description: 'The email the new customer would have' }) email?: string;
  @PhoneField({ optional: true, description: 'The phone the new customer would have' }) phone?: string;
}

@ApiTags('customers')
@CustomerOwned('customer')
@Controller('api/v1/customers')
export class DuplicatesController {
  constructor(
    private readonly duplicates: PossibleDuplicates,
    private readonly phones: PhoneNumbers,
  ) {}

  @Get('duplicates')
  @RequirePermissions('customers:read')
  @ApiOperation({
    summary: 'Customers a new one may duplicate, before creating it',
    description:
      'The customers in your scope whose preferred email or phone is the one given (the phone in any format: it is compared in E.164), ' +
      'with what matched; at most 10. The same check refuses a create (409 `POSSIBLE_DUPLICATE_CUSTOMER`) unless `allowDuplicate=true`. ' +
      'Send `email`, `phone` or both; a phone that is not a valid number is 400.',
  })
  @ApiOkResponse({ type: [PossibleDuplicateView] })
  @ApiErrors(400)
  async find(@Query() query: DuplicatesQuery, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    if (!query.email && !query.phone)
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'Send an email or a phone to check', [
        { field: 'email', message: 'or phone is needed' },
      ]);
    const phones = query.phone ? [this.phones.require(query.phone, 'phone')] : [];
    return this.duplicates.find({ emails: query.email ? [query.email] : [], phones }, scopeOf(principal), baseUrl);
  }
}
