import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  BaseUrl,
  Created,
  CurrentPrincipal,
  CustomerOwned,
  Idempotent,
  ParseIdPipe,
  type Principal,
  RequireAnyPermission,
} from '@contactly/platform';
import { PaymentCardDto } from './dto/payment-card.dto.js';
import { PaymentMethodView } from './dto/payment-method.dto.js';
import { PaymentMethodService } from './payment-method.service.js';

const CustomerId = new ParseIdPipe('Customer');

/** Self-service shortcut for a card on file, shaped like a card form rather than TMF670. */
@ApiTags('customers')
@CustomerOwned('customer')
@Controller('api/v1/customers')
export class PaymentCardController {
  constructor(private readonly methods: PaymentMethodService) {}

  @Post(':id/payment-cards')
  @Idempotent({ secrets: ['number'] })
  @RequireAnyPermission('payment-methods:write', 'self:write')
  @ApiOperation({
    summary: 'Add a card on file for a customer',
    description:
      'The same as a TMF670 `POST /tmf-api/paymentMethod/v4/paymentMethod` with `@type: bankCard`, from a card form. ' +
      'Browsers send only `token` and `holderName`: the card went to the payment gateway (`GET /api/v1/payment-gateway` says where) and never passes through this server; ' +
      'an unknown or expired token is 422 CARD_TOKEN_UNKNOWN, a used one 409 CARD_TOKEN_USED. ' +
      'A partner’s server may send the card itself instead (number, expiry month/year, CVC): Luhn and expiry are checked (400), the gateway may decline (422). ' +
      'A subscriber adds cards for themself only. Only brand, last 4, expiry, holder and the gateway’s card token are kept.',
  })
  @ApiCreatedResponse({ type: PaymentMethodView, description: 'Added; `Location` is the TMF670 href of the new payment method' })
  @ApiErrors(400, 404, 409, 422, 503)
  async add(
    @Param('id', CustomerId) customerId: number,
    @Body() body: PaymentCardDto,
    @CurrentPrincipal() principal: Principal,
    @BaseUrl() baseUrl: string,
  ) {
    const { body: view, version } = await this.methods.addCard(customerId, body, principal, baseUrl);
    return new Created(view, view.href, version);
  }
}
