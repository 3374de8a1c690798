import { Injectable } from '@nestjs/common';
import type { Principal } from '@contactly/platform';
import type { OverviewCasesView, OverviewCommunicationsView, OverviewSubscriptionsView } from './dto/customer-overview.dto.js';

/** The sections of the customer overview that libs above this one fill in (they may use customers; not the reverse). */
export interface OverviewSections {
  supportCases: OverviewCasesView;
  communications: OverviewCommunicationsView;
  subscriptions: OverviewSubscriptionsView;
}
export type OverviewSectionName = keyof OverviewSections;

/** The customer a section is read for: already found within the caller's scope. */
export interface OverviewSubject {
  customerId: number;
  /** Every email address of the customer, lower case (the CRMs name customers by email). */
  emails: string[];
  principal: Principal;
}

/** A lib's part of the overview: read by that lib's own rules, shown only to callers with its permission. */
export interface OverviewContributor<K extends OverviewSectionName> {
  permission: string;
  /** Null when this caller may not see the section after all (e.g. only staff see cases). */
  read(subject: OverviewSubject): Promise<OverviewSections[K] | null>;
}

/**
 * The port through which the support hub, the communications platform and the inventory add their sections to the
 * customer overview: each registers its contributor at start (as with ReferenceHolders), so the
 * overview is composed from the same services that decide, without this lib knowing theirs.
 */
@Injectable()
export class CustomerOverviewSections {
  private readonly contributors = new Map<OverviewSectionName, OverviewContributor<OverviewSectionName>>();

  register<K extends OverviewSectionName>(section: K, contributor: OverviewContributor<K>): void {
    this.contributors.set(section, contributor as unknown as OverviewContributor<OverviewSectionName>);
  }

  /** The section as its lib reads it; null when no lib provides it or the caller may not see it. */
  async read<K extends OverviewSectionName>(section: K, subject: OverviewSubject): Promise<OverviewSections[K] | null> {
    const contributor = this.contributors.get(section) as OverviewContributor<K> | undefined;
    if (!contributor || !subject.principal.permissions.has(contributor.permission)) return null;
    return contributor.read(subject);
  }
}
