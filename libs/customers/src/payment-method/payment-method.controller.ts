import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiIfMatch,
  ApiList,
  BaseUrl,
  Created,
  CurrentPrincipal,
  CustomerOwned,
  Idempotent,
  IfMatch,
  type ListQuery,
  ListQueryParams,
  ParseIdPipe,
  PATCH_CONTENT_TYPES,
  type Principal,
  RequireAnyPermission,
} from '@contactly/platform';
import { CreatePaymentMethodDto, PaymentMethodView, UpdatePaymentMethodDto } from './dto/payment-method.dto.js';
import { PAYMENT_METHOD_LIST } from './payment-method-list.js';
import { PAYMENT_METHOD_PATH } from './payment-method-paths.js';
import { PaymentMethodService } from './payment-method.service.js';

const PaymentMethodId = new ParseIdPipe('Payment method');

const CARD_RULES =
  'The card number must pass the Luhn check (400 `CARD_NUMBER_INVALID`) and the card must not have expired (400 `CARD_EXPIRED`); the payment gateway may decline it (422 `CARD_DECLINED`). ' +
  'The number and security code are never stored, returned, logged or published; a card number in any other field is refused (400 `CARD_NUMBER_IN_TEXT`). ' +
  'Test cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined.';

@ApiTags('TMF670 payment method')
@CustomerOwned('paymentMethod')
@Controller(PAYMENT_METHOD_PATH.slice(1))
export class PaymentMethodController {
  constructor(private readonly methods: PaymentMethodService) {}

  @Get()
  @RequireAnyPermission('customers:read', 'self:read')
  @ApiOperation({ summary: 'List payment methods (within your scope)', description: 'Affiliates see their customers’ methods, a subscriber only their own. `relatedPartyId` lists the methods of one party.' })
  @ApiList(PAYMENT_METHOD_LIST, PaymentMethodView)
  @ApiErrors(400)
  list(@ListQueryParams(PAYMENT_METHOD_LIST) query: ListQuery, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.methods.list(query, principal, baseUrl);
  }

  @Get(':id')
  @RequireAnyPermission('customers:read', 'self:read')
  @ApiOperation({ summary: 'Get a payment method', description: 'Shows brand, last 4 digits, expiry and holder of the card; never the number or token.' })
  @ApiOkResponse({ type: PaymentMethodView })
  @ApiErrors(404)
  get(@Param('id', PaymentMethodId) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.methods.get(id, principal, baseUrl);
  }

  @Post()
  @Idempotent()
  @RequireAnyPermission('payment-methods:write', 'self:write')
  @ApiOperation({
    summary: 'Add a card on file',
    description: `\`@type\` (\`bankCard\` or \`tokenizedCard\`), \`name\` and \`details\` are mandatory; \`relatedParty\` too unless a subscriber adds their own card. The owner must be in your scope (422 otherwise). ${CARD_RULES}`,
  })
  @ApiBody({
    type: CreatePaymentMethodDto,
    examples: {
      bankCard: {
        summary: 'A Visa card for customer 42',
        value: { '@type': 'bankCard', name: 'My Visa', isPreferred: true, relatedParty: { id: '42', '@referredType': 'Customer' }, details: { cardNumber: '4242 4242 4242 4242', expirationDate: '12/28', cvc: '123', nameOnCard: 'MARIA IVANOVA' } },
      },
    },
  })
  @ApiCreatedResponse({ type: PaymentMethodView, description: 'Added; `Location` is its href' })
  @ApiErrors(400, 409, 422)
  async create(@Body() body: CreatePaymentMethodDto, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.methods.create(body, principal, baseUrl);
    return new Created(view, view.href, version);
  }

  @Patch(':id')
  @RequireAnyPermission('payment-methods:write', 'self:write')
  @ApiOperation({
    summary: 'Change or replace a payment method (merge patch)',
    description: `New \`details\` replace the card (tokenized again). \`isPreferred: true\` makes the owner’s other methods not preferred, in one transaction; an inactive method is never preferred (409). \`id\`, \`href\`, \`@type\` and the owner cannot change (400). ${CARD_RULES}`,
  })
  @ApiConsumes(...PATCH_CONTENT_TYPES)
  @ApiBody({ type: UpdatePaymentMethodDto, examples: { prefer: { summary: 'Make it the preferred method', value: { isPreferred: true } } } })
  @ApiIfMatch()
  @ApiOkResponse({ type: PaymentMethodView })
  @ApiErrors(400, 404, 409, 412, 422)
  update(@Param('id', PaymentMethodId) id: number, @Body() body: UpdatePaymentMethodDto, @IfMatch() version: number | undefined, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.methods.update(id, body, version, principal, baseUrl);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireAnyPermission('payment-methods:write', 'self:write')
  @ApiOperation({ summary: 'Remove a payment method', description: 'Accounts that charged it by default are left without a default payment method.' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors(404)
  async delete(@Param('id', PaymentMethodId) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string): Promise<void> {
    await this.methods.delete(id, principal, baseUrl);
  }
}
