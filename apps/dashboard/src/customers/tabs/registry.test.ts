import { describe, expect, it } from 'vitest';
import type { Principal } from '../../auth/principal';
import { tabFor, visibleTabs } from './customer-tab';
import { CUSTOMER_TABS } from './registry';

const principal = (permissions: string[]): Principal => ({ username: 'agent', kind: 'staff', roles: [], permissions });

describe('the customer tab registry', () => {
  it('ships the customer tabs in order, each with a unique URL segment', () => {
    expect(CUSTOMER_TABS.map((tab) => tab.id)).toEqual([
      'profile',
      'contact-media',
      'billing-accounts',
      'payment-methods',
      'subscriptions',
      'cases',
      'channels',
      'communications',
      'history',
    ]);
    expect(new Set(CUSTOMER_TABS.map((tab) => tab.id)).size).toBe(CUSTOMER_TABS.length);
  });

  it('shows the history only to principals who may read the audit', () => {
    expect(visibleTabs(CUSTOMER_TABS, principal(['customers:read'])).map((tab) => tab.label)).toEqual([
      'Profile',
      'Contact media',
      'Billing accounts',
      'Payment methods',
    ]);
    expect(visibleTabs(CUSTOMER_TABS, principal(['customers:read', 'audit:read'])).map((tab) => tab.id)).toContain('history');
    expect(visibleTabs(CUSTOMER_TABS, principal([]))).toEqual([]);
  });

  it('shows the support cases only to principals who may read the support hub', () => {
    expect(visibleTabs(CUSTOMER_TABS, principal(['customers:read'])).map((tab) => tab.id)).not.toContain('cases');
    expect(visibleTabs(CUSTOMER_TABS, principal(['customers:read', 'support-hub:read'])).map((tab) => tab.id)).toContain('cases');
  });

  it('shows the client channels only to principals who may read communications', () => {
    expect(visibleTabs(CUSTOMER_TABS, principal(['customers:read'])).map((tab) => tab.id)).not.toContain('channels');
    expect(visibleTabs(CUSTOMER_TABS, principal(['customers:read', 'communications:read'])).map((tab) => tab.id)).toContain('channels');
  });

  it('shows the client’s communications only to principals who may read communications', () => {
    expect(visibleTabs(CUSTOMER_TABS, principal(['customers:read'])).map((tab) => tab.id)).not.toContain('communications');
    expect(visibleTabs(CUSTOMER_TABS, principal(['customers:read', 'communications:read'])).map((tab) => tab.id)).toContain(
      'communications',
    );
  });

  it('shows the subscriptions only to principals who may read them', () => {
    expect(visibleTabs(CUSTOMER_TABS, principal(['customers:read'])).map((tab) => tab.id)).not.toContain('subscriptions');
    expect(visibleTabs(CUSTOMER_TABS, principal(['customers:read', 'subscriptions:read'])).map((tab) => tab.id)).toContain('subscriptions');
  });

  it('lets a later module add a tab by adding an entry', () => {
    const tabs = [...CUSTOMER_TABS.map(({ id, permission }) => ({ id, permission })), { id: 'invoices', permission: 'invoices:read' }];
    expect(visibleTabs(tabs, principal(['customers:read', 'invoices:read'])).map((tab) => tab.id)).toEqual([
      'profile',
      'contact-media',
      'billing-accounts',
      'payment-methods',
      'invoices',
    ]);
  });
});

describe('tabFor', () => {
  const tabs = [{ id: 'profile' }, { id: 'history' }];
  it('picks the tab the URL names, else the first', () => {
    expect(tabFor(tabs, 'history')).toEqual({ id: 'history' });
    expect(tabFor(tabs, 'invoices')).toEqual({ id: 'profile' });
    expect(tabFor(tabs, undefined)).toEqual({ id: 'profile' });
    expect(tabFor([], 'profile')).toBeUndefined();
  });
});
