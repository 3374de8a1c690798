import type { ComponentType, LazyExoticComponent } from 'react';
import type { Principal } from '../../auth/principal';
import { hasPermission } from '../../auth/principal';
import type { Customer, Party, Versioned } from '../customer-types';

/** The customer 360 page's current read of the customer, for its tabs. */
export interface CustomerRecord {
  customer: Versioned<Customer>;
  /** The engaged party (TMF632 Individual or Organization). It shares the customer's version and ETag. */
  party: Versioned<Party>;
}

export interface CustomerTabProps extends CustomerRecord {
  /** Reads the customer and its party again (after a write, or when the user asks to), resolving with the fresh read. */
  reload(): Promise<CustomerRecord>;
}

/** One tab of the customer 360 page. A module adds its tab by adding an entry to CUSTOMER_TABS. */
export interface CustomerTab {
  /** The URL segment: /customers/{id}/{id of the tab}. */
  id: string;
  label: string;
  /** Shown only to principals holding it; the API enforces the same permission. */
  permission: string;
  /** Loaded when the tab is first opened. */
  component: LazyExoticComponent<ComponentType<CustomerTabProps>>;
}

/** The tabs the principal may open, in registry order. */
export const visibleTabs = <T extends Pick<CustomerTab, 'permission'>>(tabs: readonly T[], principal: Principal): T[] =>
  tabs.filter((tab) => hasPermission(principal, tab.permission));

/** The tab a URL names, or the first one when it names none the principal may open. */
export const tabFor = <T extends Pick<CustomerTab, 'id'>>(tabs: readonly T[], id: string | undefined): T | undefined =>
  tabs.find((tab) => tab.id === id) ?? tabs[0];
