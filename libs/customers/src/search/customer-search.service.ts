import { Injectable } from '@nestjs/common';
import { PLATFORM_ERRORS, invalid, Page, type Principal, scopeOf, tmfHref } from '@contactly/platform';
import { CUSTOMER_PATH } from '../party/tmf-paths.js';
import { CustomerSearchRepository } from './customer-search.repository.js';
import type { CustomerSummaryDto } from './customer-summary.dto.js';

@Injectable()
export class CustomerSearchService {
  constructor(private readonly search: CustomerSearchRepository) {}

  /** Ranked: the id itself, then exact words, then name prefixes, then email and phone prefixes. */
  async find(q: string, offset: number, limit: number, principal: Principal, baseUrl: string): Promise<Page<CustomerSummaryDto>> {
    if (!q.trim()) throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'q must not be empty', [{ field: 'q', message: 'must not be empty' }]);
    const { hits, total } = await this.search.search(q, scopeOf(principal), offset, limit);
    return new Page(
      hits.map((hit) => ({
        id: hit.partyId,
        href: tmfHref(baseUrl, CUSTOMER_PATH, hit.partyId),
        name: hit.name,
        partyType: hit.partyType,
        segment: hit.partyType === 'individual' ? 'B2C' : 'B2B',
        status: hit.status ?? 'pending',
        email: hit.email,
        phone: hit.phone,
        affiliateId: hit.affiliateId,
      })),
      total,
    );
  }
}
