import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiErrors, PAYMENT_GATEWAY_ERRORS, PaymentGateway, ReferenceData, RequireAnyPermission, unavailable } from '@contactly/platform';

export class PaymentGatewayConfigView {
  @ApiProperty({ example: 'http://127.0.0.1:8190/v1/tokens', description: 'POST the card here from the browser (JSON), with the key' })
  tokenizeUrl: string;
  @ApiProperty({ example: 'pk_test_contactly', description: 'Sent as `Authorization: Bearer <key>`; it only creates tokens' })
  publishableKey: string;
}

/** Tells a browser where to send a card, so the number and security code never pass through this server. */
@ApiTags('customers')
@Controller('api/v1')
export class PaymentGatewayController {
  constructor(private readonly gateway: PaymentGateway) {}

  @Get('payment-gateway')
  @ReferenceData()
  @RequireAnyPermission('payment-methods:write', 'self:write')
  @ApiOperation({
    summary: 'Where a browser tokenises a card',
    description:
      'The payment gateway’s tokenisation endpoint and publishable key. The browser POSTs `{number, expiryMonth, expiryYear, cvc, holderName}` there, ' +
      'gets `{token, brand, last4, expiryMonth, expiryYear}`, and sends only the token to `POST /api/v1/customers/{id}/payment-cards` ' +
      '(or TMF670 `details.token`). 503 when this server has no gateway that browsers can reach.',
  })
  @ApiOkResponse({ type: PaymentGatewayConfigView })
  @ApiErrors(503)
  config(): PaymentGatewayConfigView {
    const browser = this.gateway.browserTokenization();
    if (!browser)
      throw unavailable(
        PAYMENT_GATEWAY_ERRORS.PAYMENT_GATEWAY_NOT_CONFIGURED,
        'Cards cannot be entered in a browser here: this server has no payment gateway that browsers can reach (PAYMENT_GATEWAY_URL)',
      );
    return browser;
  }
}
