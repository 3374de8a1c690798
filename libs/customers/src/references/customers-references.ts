import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NAMED_REFERENCE_IDS, ReferenceHolders } from '@contactly/platform';
import { PartyRepository } from '../party/party.repository.js';

/**
 * What the customers lib does when a record it refers to by id (no foreign key across libs) is
 * about to be deleted in identity: an affiliate that still owns parties cannot be deleted (409
 * naming them), as the database's RESTRICT key refused it before; a login named by a pending
 * registration keeps its id there as history until the registration is purged.
 */
@Injectable()
export class CustomersReferences implements OnModuleInit {
  constructor(
    private readonly references: ReferenceHolders,
    private readonly parties: PartyRepository,
  ) {}

  onModuleInit(): void {
    this.references.register('affiliate', {
      referencesTo: async (affiliateId) => [{ what: 'party(ies)', ...(await this.parties.ownedBy(affiliateId, NAMED_REFERENCE_IDS)) }],
    });
  }
}
