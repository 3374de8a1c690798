import { Injectable } from '@nestjs/common';
import { Database, type ListQuery, Page, type Principal, scopeOf } from '@contactly/platform';
import type { SupportCaseView } from './dto/support-case.dto.js';
import { CaseExplainer } from './case-explainer.js';
import { SUPPORT_CASE_LIST } from './support-case-list.js';
import { SupportCaseRepository } from './support-case.repository.js';

/** Member cases: by customer (the customer 360 page), by aggregated case, by any indexed attribute. */
@Injectable()
export class SupportCaseService {
  constructor(
    private readonly db: Database,
    private readonly cases: SupportCaseRepository,
    private readonly explainer: CaseExplainer,
  ) {}

  list(query: ListQuery, principal: Principal, baseUrl: string): Promise<Page<SupportCaseView>> {
    // customerRef is stored in lower case (it is an email).
    const filters = query.filters.map((f) =>
      f.field === 'customerRef' && typeof f.value === 'string' ? { ...f, value: f.value.trim().toLowerCase() } : f,
    );
    return this.db.transaction(async () => {
      const scope = scopeOf(principal);
      const page = await this.cases.list({ ...query, filters }, SUPPORT_CASE_LIST, scope);
      return new Page(await this.explainer.views(page.items, baseUrl, scope), page.total, page.fields);
    });
  }

  /** The cases a customer raised, newest first (for other modules: the customer 360 view). */
  async forCustomer(email: string, principal: Principal, baseUrl: string, limit = 100): Promise<Page<SupportCaseView>> {
    return this.list(
      {
        offset: 0,
        limit,
        fields: null,
        sort: [{ field: 'updatedAt', column: 'c.updated_at', direction: 'DESC' }],
        extra: {},
        filters: [{ field: 'customerRef', column: 'c.customer_ref', operator: '=', value: email }],
      },
      principal,
      baseUrl,
    );
  }
}
