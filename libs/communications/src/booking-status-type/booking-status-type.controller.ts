import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiIfMatch,
  ApiList,
  BaseUrl,
  Created,
  CurrentPrincipal,
  IfMatch,
  type ListQuery,
  ListQueryParams,
  PATCH_CONTENT_TYPES,
  type Principal,
  RequirePermissions,
} from '@contactly/platform';
import { ApiIdOrName } from '../shared/api.js';
import { BOOKING_STATUS_TYPE_DOCUMENT_KEYS, BOOKING_STATUS_TYPE_LIST } from './booking-status-type.list.js';
import { BookingStatusTypeService } from './booking-status-type.service.js';
import { BookingStatusTypeView, CreateBookingStatusTypeDto, UpdateBookingStatusTypeDto } from './dto/booking-status-type.dto.js';

const STATUS = ApiIdOrName('status', 1, 'booking status type');

@ApiTags('booking status types')
@Controller('api/v1/booking_status_types')
export class BookingStatusTypeController {
  constructor(private readonly statuses: BookingStatusTypeService) {}

  @Get()
  @RequirePermissions('communications:read')
  @ApiOperation({ summary: 'List booking status types', description: `Items are \`{${BOOKING_STATUS_TYPE_DOCUMENT_KEYS.join(', ')}}\`; \`fields\` adds holdsClient, version, createTime, updateTime.` })
  @ApiList(BOOKING_STATUS_TYPE_LIST, BookingStatusTypeView)
  @ApiErrors(400)
  list(@ListQueryParams(BOOKING_STATUS_TYPE_LIST) query: ListQuery) {
    return this.statuses.list(query);
  }

  @Get(':status')
  @RequirePermissions('communications:read')
  @STATUS
  @ApiOperation({ summary: 'Get a booking status type by id or by name' })
  @ApiOkResponse({ type: BookingStatusTypeView })
  @ApiErrors(404, 409)
  get(@Param('status') status: string) {
    return this.statuses.get(status);
  }

  @Post()
  @RequirePermissions('communications:admin')
  @ApiOperation({ summary: 'Add a booking status type', description: 'Names are unique ignoring case (409).' })
  @ApiCreatedResponse({ type: BookingStatusTypeView })
  @ApiErrors(400, 409)
  async create(@Body() body: CreateBookingStatusTypeDto, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.statuses.create(body, actor);
    return new Created(view, `${baseUrl}/api/v1/booking_status_types/${view.bookingStatusTypeId}`, version);
  }

  @Patch(':status')
  @RequirePermissions('communications:admin')
  @STATUS
  @ApiOperation({ summary: 'Change a booking status type (merge patch)' })
  @ApiConsumes(...PATCH_CONTENT_TYPES)
  @ApiBody({ type: UpdateBookingStatusTypeDto })
  @ApiIfMatch()
  @ApiOkResponse({ type: BookingStatusTypeView })
  @ApiErrors(400, 404, 409, 412)
  update(@Param('status') status: string, @Body() body: UpdateBookingStatusTypeDto, @IfMatch() version: number | undefined, @CurrentPrincipal() actor: Principal) {
    return this.statuses.update(status, body, version, actor);
  }

  @Delete(':status')
  @HttpCode(204)
  @RequirePermissions('communications:admin')
  @STATUS
  @ApiOperation({ summary: 'Delete a booking status type', description: 'Refused (409, nothing deleted) while bookings are in it.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404, 409)
  async delete(@Param('status') status: string, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.statuses.delete(status, actor);
  }
}
