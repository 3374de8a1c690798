import { Injectable } from '@nestjs/common';
import { forbidden, type Principal, Versioned } from '@contactly/platform';
import { CustomerService } from '../../customer/customer.service.js';
import type { IndividualView } from '../../party/dto/individual.dto.js';
import type { OrganizationView } from '../../party/dto/organization.dto.js';
import type { PartyRecord } from '../../party/party.repository.js';
import { PartyService } from '../../party/party.service.js';
import type { UpdateSelfProfileDto } from './dto/update-self-profile.dto.js';
import { partyPatchOf } from './self-profile-patch.js';
import { CUSTOMERS_ERRORS } from '../../customers-errors.js';

export type SelfProfile = IndividualView | OrganizationView;

/**
 * A subscriber's own profile: their TMF632 party, read and changed through PartyService with their
 * own principal, so the customer scope of the repositories applies as on every other route.
 */
@Injectable()
export class SelfProfileService {
  constructor(
    private readonly customers: CustomerService,
    private readonly parties: PartyService,
  ) {}

  async get(principal: Principal, baseUrl: string): Promise<Versioned<SelfProfile>> {
    const { party } = await this.ownCustomer(principal);
    return this.parties.get(party.partyType, party.id, principal, baseUrl);
  }

  async update(
    patch: UpdateSelfProfileDto,
    expectedVersion: number | undefined,
    principal: Principal,
    baseUrl: string,
  ): Promise<Versioned<SelfProfile>> {
    const { party } = await this.ownCustomer(principal);
    const updated = await this.parties.update(
      party.partyType,
      party.id,
      partyPatchOf(party.partyType, patch),
      expectedVersion,
      principal,
      baseUrl,
    );
    const newName = 'fullName' in updated.body ? updated.body.fullName : updated.body.tradingName;
    // A customer named after its party (as registration names it) follows a change of that name;
    // a name staff gave the customer on purpose stays.
    if (party.customerName === party.fullName && newName !== party.fullName) {
      await this.customers.update(party.id, { name: newName }, undefined, principal, baseUrl);
      return this.parties.get(party.partyType, party.id, principal, baseUrl);
    }
    return updated;
  }

  private async ownCustomer(principal: Principal): Promise<PartyRecord> {
    if (principal.kind !== 'customer' || principal.customerId === undefined) {
      throw forbidden(CUSTOMERS_ERRORS.NOT_A_SUBSCRIBER, 'Only a subscriber’s own login has a self-service profile');
    }
    return this.customers.load(principal.customerId, principal);
  }
}
