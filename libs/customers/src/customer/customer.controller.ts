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
  RequirePermissions,
} from '@contactly/platform';
import { CUSTOMER_PATH } from '../party/tmf-paths.js';
import { CUSTOMER_LIST } from './customer-list.js';
import { CustomerService } from './customer.service.js';
import { CreateCustomerDto, CustomerView, UpdateCustomerDto } from './dto/customer.dto.js';

const CustomerId = new ParseIdPipe('Customer');

@ApiTags('TMF629 customer')
@CustomerOwned('customer')
@Controller(CUSTOMER_PATH.slice(1))
export class CustomerController {
  constructor(private readonly customers: CustomerService) {}

  @Get()
  @RequireAnyPermission('customers:read', 'self:read')
  @ApiOperation({ summary: 'List customers (within your scope)', description: 'Affiliates see their own customers, a subscriber only themself. `affiliateId` filters by owner.' })
  @ApiList(CUSTOMER_LIST, CustomerView)
  @ApiErrors(400)
  list(@ListQueryParams(CUSTOMER_LIST) query: ListQuery, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.customers.list(query, principal, baseUrl);
  }

  @Get(':id')
  @RequireAnyPermission('customers:read', 'self:read')
  @ApiOperation({ summary: 'Get a customer' })
  @ApiOkResponse({ type: CustomerView })
  @ApiErrors(404)
  get(@Param('id', CustomerId) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.customers.get(id, principal, baseUrl);
  }

  @Post()
  @Idempotent()
  @RequirePermissions('customers:write')
  @ApiOperation({ summary: 'Make a party a customer', description: '`name` and `engagedParty` (an existing Individual or Organization) are mandatory; a party that does not exist is refused (422) and nothing is written.' })
  @ApiCreatedResponse({ type: CustomerView })
  @ApiErrors(400, 409, 422)
  async create(@Body() body: CreateCustomerDto, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.customers.create(body, principal, baseUrl);
    return new Created(view, view.href, version);
  }

  @Patch(':id')
  @RequireAnyPermission('customers:write', 'self:write')
  @ApiOperation({ summary: 'Change a customer (merge patch)', description: 'Status follows pending → active ⇄ suspended → closed (409 otherwise). `id`, `href`, `engagedParty` and the owning affiliate cannot change.' })
  @ApiConsumes(...PATCH_CONTENT_TYPES)
  @ApiBody({ type: UpdateCustomerDto })
  @ApiIfMatch()
  @ApiOkResponse({ type: CustomerView })
  @ApiErrors(400, 404, 409, 412, 422)
  update(@Param('id', CustomerId) id: number, @Body() body: UpdateCustomerDto, @IfMatch() version: number | undefined, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.customers.update(id, body, version, principal, baseUrl);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermissions('customers:write')
  @ApiOperation({ summary: 'Delete a customer', description: 'The engaged party remains as a TMF632 party.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404)
  async delete(@Param('id', CustomerId) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string): Promise<void> {
    await this.customers.delete(id, principal, baseUrl);
  }
}
