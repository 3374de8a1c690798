import { Injectable } from '@nestjs/common';
import { invalid, Page, type Principal, scopeOf, tmfHref } from '@contactly/platform';
import { PartyRepository } from '../party/party.repository.js';
import { CUSTOMER_PATH } from '../party/tmf-paths.js';
import { CustomerSearchRepository } from './customer-search.repository.js';
import type { CustomerSummaryDto } from './customer-summary.dto.js';

@Injectable()
export class CustomerSearchService {
  constructor(
    private readonly search: CustomerSearchRepository,
    private readonly parties: PartyRepository,
  ) {}

  /** Ranked: the id itself, then exact words, then name prefixes, then email and phone prefixes. */
  async find(q: string, offset: number, limit: number, principal: Principal, baseUrl: string): Promise<Page<CustomerSummaryDto>> {
    if (!q.trim()) throw invalid('VALIDATION_FAILED', 'q must not be empty', [{ field: 'q', message: 'must not be empty' }]);
    const { hits, total } = await this.search.search(q, scopeOf(principal), offset, limit);
    const records = await this.parties.findManyByIds(hits.map((h) => h.partyId), scopeOf(principal));
    return new Page(
      records.map(({ party }) => ({
        id: party.id,
        href: tmfHref(baseUrl, CUSTOMER_PATH, party.id),
        name: party.customerName ?? party.fullName,
        partyType: party.partyType,
        segment: party.partyType === 'individual' ? 'B2C' : 'B2B',
        status: party.customerStatus ?? 'pending',
        email: party.email,
        phone: party.phone,
        affiliateId: party.affiliateId,
      })),
      total,
    );
  }
}
