import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  BaseUrl,
  Created,
  CurrentPrincipal,
  CustomerOwned,
  type ListQuery,
  ListQueryParams,
  ParseIdPipe,
  type Principal,
  RequireAnyPermission,
  TmfCreate,
  TmfDelete,
  TmfGet,
  TmfList,
} from '@contactly/platform';
import { CreateReservationDto, ReservationView } from './dto/reservation.dto.js';
import { RESERVATION_LIST } from './reservation-list.js';
import { ReservationService } from './reservation.service.js';

const ReservationId = new ParseIdPipe('Reservation');
const owned = CustomerOwned('numberReservation');

/** Number reservations: a number held for a customer or a cart until it expires (TMF639 has no reservation resource). */
@ApiTags('number reservations')
@Controller('api/v1/numbers/reservations')
export class ReservationController {
  constructor(private readonly reservations: ReservationService) {}

  @TmfList(
    RESERVATION_LIST,
    ReservationView,
    {
      summary: 'List number reservations (within your scope)',
      description: 'Reservations for the customers in your scope, and (affiliates) those you made for carts.',
    },
    owned,
    RequireAnyPermission('numbers:read', 'self:read'),
  )
  list(@ListQueryParams(RESERVATION_LIST) query: ListQuery, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.reservations.list(query, principal, baseUrl);
  }

  @TmfGet(ReservationView, { summary: 'Get a number reservation' }, owned, RequireAnyPermission('numbers:read', 'self:read'))
  get(@Param('id', ReservationId) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.reservations.get(id, principal, baseUrl);
  }

  @TmfCreate(
    CreateReservationDto,
    ReservationView,
    {
      summary: 'Reserve a number',
      description:
        'A given number (`value`) or any free one of the type (optionally matching `pattern` or of a `pool`), for a `customer` in your scope (422 otherwise) or a `cartId`, until `expiresInMinutes` (default NUMBER_RESERVATION_MINUTES). ' +
        'The claim is atomic: of concurrent claims of one number exactly one wins, the others get 409 `NUMBER_NOT_AVAILABLE`; a number that is reserved, assigned, aging or ported out is 409 too. ' +
        'No free number matching is 409 `NO_NUMBER_AVAILABLE`. An `Idempotency-Key` replays the first answer.',
      errors: [404, 409, 422],
      examples: {
        any: {
          summary: 'Any free MSISDN with 777 in it, for customer 42',
          value: { resourceType: 'msisdn', pattern: '*777*', customer: { id: '42' } },
        },
        given: { summary: 'A given number for a cart', value: { resourceType: 'msisdn', value: '4915112345678', cartId: 'cart-8f2c' } },
      },
    },
    owned,
    RequireAnyPermission('numbers:reserve', 'self:write'),
  )
  async create(@Body() body: CreateReservationDto, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.reservations.create(body, principal, baseUrl);
    return new Created(view, view.href, version);
  }

  @TmfDelete(
    {
      summary: 'Release a number reservation',
      description: 'Its number is available again; releasing an ended reservation changes nothing.',
    },
    owned,
    RequireAnyPermission('numbers:reserve', 'self:write'),
  )
  async delete(
    @Param('id', ReservationId) id: number,
    @CurrentPrincipal() principal: Principal,
    @BaseUrl() baseUrl: string,
  ): Promise<void> {
    await this.reservations.delete(id, principal, baseUrl);
  }
}
