import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  type Principal,
  RequireAnyPermission,
  RequirePermissions,
  StaffOnly,
} from '@contactly/platform';
import { AllowDuplicateQuery, createOptionsOf } from '@contactly/customers';
import { CLIENT_DOCUMENT_KEYS, CLIENT_LIST } from './client.list.js';
import { ClientService } from './client.service.js';
import { AddClientDto, BookClientDto, ClientAvailabilityView, ClientExtendedView, ClientView, EditClientDto } from './dto/client.dto.js';

const ClientId = new ParseIdPipe('Client');
const SHAPE = `Items are the document's client \`{${CLIENT_DOCUMENT_KEYS.join(', ')}}\`; \`fields\` may add timeZone, email, phone.`;

/**
 * The requirement document's client endpoints, with its paths and JSON keys. A client is a
 * customer (GET /tmf-api/customerManagement/v4/customer lists the same records).
 */
@ApiTags('clients')
@CustomerOwned('client')
@Controller('api/v1/clients')
export class ClientController {
  constructor(private readonly clients: ClientService) {}

  @Get()
  @RequirePermissions('communications:read')
  @ApiOperation({
    summary: 'List clients',
    description: `${SHAPE} Page by key for deep pages: \`sort=clientId&clientId.gt=<last id>\` (the cursor positions the page as an offset does: \`X-Total-Count\` stays the total of the whole list).`,
  })
  @ApiList(CLIENT_LIST, ClientExtendedView)
  @ApiErrors(400)
  list(@ListQueryParams(CLIENT_LIST) query: ListQuery, @CurrentPrincipal() principal: Principal) {
    return this.clients.list(query, principal);
  }

  @Get('available')
  @RequirePermissions('communications:read')
  @ApiOperation({ summary: 'List the clients available for communication', description: SHAPE })
  @ApiList(CLIENT_LIST, ClientExtendedView)
  @ApiErrors(400)
  listAvailable(@ListQueryParams(CLIENT_LIST) query: ListQuery, @CurrentPrincipal() principal: Principal) {
    return this.clients.list(query, principal, true);
  }

  @Post('add')
  @RequireAnyPermission('customers:write', 'communications:admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Add a client',
    description:
      'Creates an Individual that is a customer. `birthDate` is ISO 8601 (its UTC date is kept); a date in the future is 400. ' +
      'A customer in your scope with the same email or phone is 409 `POSSIBLE_DUPLICATE_CUSTOMER` naming them, unless `allowDuplicate=true`.',
  })
  @ApiCreatedResponse({ type: ClientView })
  @ApiErrors(400, 409)
  async add(
    @Body() body: AddClientDto,
    @Query() query: AllowDuplicateQuery,
    @CurrentPrincipal() actor: Principal,
    @BaseUrl() baseUrl: string,
  ) {
    const { body: client, version } = await this.clients.add(body, actor, baseUrl, createOptionsOf(query));
    return new Created(client, `${baseUrl}/api/v1/clients/${client.clientId}`, version);
  }

  @Put('edit/:id')
  @RequireAnyPermission('customers:write', 'communications:admin')
  @ApiIfMatch()
  @ApiOperation({ summary: 'Edit a client', description: 'What is sent changes; what is left out stays.' })
  @ApiOkResponse({ type: ClientView })
  @ApiErrors(400, 404, 412, 422)
  edit(
    @Param('id', ClientId) id: number,
    @Body() body: EditClientDto,
    @IfMatch() version: number | undefined,
    @CurrentPrincipal() actor: Principal,
    @BaseUrl() baseUrl: string,
  ) {
    return this.clients.edit(id, body, version, actor, baseUrl);
  }

  @Get(':id')
  @RequirePermissions('communications:read')
  @ApiOperation({ summary: 'Get a client' })
  @ApiOkResponse({ type: ClientView })
  @ApiErrors(404)
  get(@Param('id', ClientId) id: number, @CurrentPrincipal() principal: Principal) {
    return this.clients.get(id, principal);
  }

  @Get(':id/availability')
  @RequirePermissions('communications:read')
  @ApiOperation({
    summary: 'Whether a client is available for communication',
    description: '`{"clientId": 1, "available": true}`: a number and a boolean.',
  })
  @ApiOkResponse({ type: ClientAvailabilityView })
  @ApiErrors(404)
  availability(@Param('id', ClientId) id: number, @CurrentPrincipal() principal: Principal) {
    return this.clients.availability(id, principal);
  }

  @Put(':id/bookings')
  @StaffOnly()
  @RequireAnyPermission('communications:send', 'communications:admin')
  @ApiOperation({
    summary: 'Book a client for future communications',
    description:
      'For your department (or `departmentId`) until `beforeDate` (in the future, else 400), in `status` (default «Забронирован»). Booked by another department: 409 naming the holder. Answers the client with its `booking`.',
  })
  @ApiOkResponse({ type: ClientView })
  @ApiErrors(400, 403, 404, 409, 422)
  book(@Param('id', ClientId) id: number, @Body() body: BookClientDto, @CurrentPrincipal() actor: Principal) {
    return this.clients.book(id, body, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireAnyPermission('customers:write', 'communications:admin')
  @ApiOperation({ summary: 'Delete a client', description: 'The customer stops being one (TMF629 delete); the party stays.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404)
  async delete(@Param('id', ClientId) id: number, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string): Promise<void> {
    await this.clients.delete(id, actor, baseUrl);
  }
}
