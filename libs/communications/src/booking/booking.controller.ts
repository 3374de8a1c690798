import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiList,
  BaseUrl,
  Created,
  CurrentPrincipal,
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
import { ClientService } from '../client/client.service.js';
import { ClientExtendedView } from '../client/dto/client.dto.js';
import { ApiIdOrName } from '../shared/api.js';
import { BOOKING_CLIENT_LIST, BOOKING_LIST } from './booking.list.js';
import { BookingService } from './booking.service.js';
import { BookingView, CreateBookingDto, UpdateBookingDto } from './dto/booking.dto.js';

const BOOKING = ApiIdOrName('booking', 4, 'booking');

@ApiTags('bookings')
@StaffOnly()
@Controller('api/v1/bookings')
export class BookingController {
  constructor(
    private readonly bookings: BookingService,
    private readonly clients: ClientService,
  ) {}

  @Get()
  @RequirePermissions('communications:read')
  @ApiOperation({
    summary: 'List bookings',
    description: '`clientId` lists the bookings of one client; `beforeDate.gt=<now>` the ones still ahead.',
  })
  @ApiList(BOOKING_LIST, BookingView)
  @ApiErrors(400)
  list(@ListQueryParams(BOOKING_LIST) query: ListQuery) {
    return this.bookings.list(query);
  }

  @Get(':booking')
  @RequirePermissions('communications:read')
  @BOOKING
  @ApiOperation({ summary: 'Get a booking by id or by name' })
  @ApiOkResponse({ type: BookingView })
  @ApiErrors(404, 409)
  get(@Param('booking') booking: string) {
    return this.bookings.get(booking);
  }

  @Get(':booking/clients')
  @RequirePermissions('communications:read')
  @BOOKING
  @ApiOperation({ summary: 'The clients of a booking', description: 'Paged with offset and limit, by client id.' })
  @ApiList(BOOKING_CLIENT_LIST, ClientExtendedView)
  @ApiErrors(400, 404)
  async listClients(
    @Param('booking') booking: string,
    @ListQueryParams(BOOKING_CLIENT_LIST) query: ListQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    const { ids, total } = await this.bookings.clientIdsOf(booking, query);
    return this.clients.pageOf(ids, total, query.fields, principal);
  }

  @Post()
  @RequireAnyPermission('communications:send', 'communications:admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Book a client or a group of clients',
    description:
      'For your department (or `departmentId`; an employee of another department needs communications:admin) until `beforeDate` (in the future, else 400). Clients booked by another department: 409 naming the holder; unknown clients, types, channels or documents: 422. Nothing is written on any refusal.',
  })
  @ApiCreatedResponse({ type: BookingView })
  @ApiErrors(400, 403, 409, 422)
  async create(@Body() body: CreateBookingDto, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.bookings.create(body, actor);
    return new Created(view, `${baseUrl}/api/v1/bookings/${view.bookingId}`, version);
  }

  @Patch(':booking')
  @RequireAnyPermission('communications:send', 'communications:admin')
  @BOOKING
  @ApiOperation({
    summary: 'Change a booking (merge patch)',
    description:
      'Dates, status, purpose; `addClientIds` / `removeClientIds` change the group. A department changes its own bookings (403 otherwise) unless you have communications:admin.',
  })
  @ApiMergePatch(UpdateBookingDto, BookingView)
  @ApiErrors(400, 403, 404, 409, 412, 422)
  update(
    @Param('booking') booking: string,
    @Body() body: UpdateBookingDto,
    @IfMatch() version: number | undefined,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.bookings.update(booking, body, version, actor);
  }

  @Delete(':booking')
  @HttpCode(204)
  @RequireAnyPermission('communications:send', 'communications:admin')
  @BOOKING
  @ApiOperation({
    summary: 'Delete a booking',
    description: 'Its clients are free again. A department deletes its own bookings (403 otherwise) unless you have communications:admin.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(403, 404)
  async delete(@Param('booking') booking: string, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.bookings.delete(booking, actor);
  }
}
