import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CustomerOverviewSections, type OverviewCasesView, type OverviewSubject } from '@contactly/customers';
import { SupportCaseRepository } from './support-case.repository.js';

/**
 * The support hub's section of the customer overview: the CRM cases that name one of the customer's
 * email addresses (how the CRMs name customers), counted as the Cases tab lists them. Staff only,
 * like every read of cases (support-hub:read).
 */
@Injectable()
export class CustomerOverviewCases implements OnModuleInit {
  constructor(
    private readonly sections: CustomerOverviewSections,
    private readonly cases: SupportCaseRepository,
  ) {}

  onModuleInit(): void {
    this.sections.register('supportCases', { permission: 'support-hub:read', read: (subject) => this.read(subject) });
  }

  async read(subject: OverviewSubject): Promise<OverviewCasesView | null> {
    // Cases name customers: nobody but staff sees them, whatever their permissions.
    if (subject.principal.kind !== 'staff') return null;
    const { total, open, latestOpen } = await this.cases.summaryFor(subject.emails);
    return {
      open,
      total,
      latestOpen: latestOpen && {
        id: latestOpen.id,
        title: latestOpen.title,
        aggregatedCaseId: latestOpen.aggregatedCaseId,
        updatedAt: latestOpen.updatedAt.toISOString(),
      },
    };
  }
}
