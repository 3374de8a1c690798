import { lazy } from 'react';
import type { CustomerTab } from './customer-tab';

/**
 * The tabs of the customer 360 page, in display order. Later modules (subscriptions, orders,
 * invoices, communications, cases) add an entry here; the page itself does not change.
 */
export const CUSTOMER_TABS: readonly CustomerTab[] = [
  {
    id: 'profile',
    label: 'Profile',
    permission: 'customers:read',
    component: lazy(() => import('./profile-tab').then((m) => ({ default: m.ProfileTab }))),
  },
  {
    id: 'contact-media',
    label: 'Contact media',
    permission: 'customers:read',
    component: lazy(() => import('./contact-media-tab').then((m) => ({ default: m.ContactMediaTab }))),
  },
  {
    id: 'billing-accounts',
    label: 'Billing accounts',
    permission: 'customers:read',
    component: lazy(() => import('./billing-accounts-tab').then((m) => ({ default: m.BillingAccountsTab }))),
  },
  {
    id: 'payment-methods',
    label: 'Payment methods',
    permission: 'customers:read',
    component: lazy(() => import('./payment-methods-tab').then((m) => ({ default: m.PaymentMethodsTab }))),
  },
  {
    id: 'subscriptions',
    label: 'Subscriptions',
    permission: 'subscriptions:read',
    component: lazy(() => import('../../subscriptions/subscriptions-tab').then((m) => ({ default: m.SubscriptionsTab }))),
  },
  {
    id: 'cases',
    label: 'Cases',
    permission: 'support-hub:read',
    component: lazy(() => import('../../support-hub/customer-cases-tab').then((m) => ({ default: m.CustomerCasesTab }))),
  },
  {
    id: 'channels',
    label: 'Channels',
    permission: 'communications:read',
    component: lazy(() => import('../../communications/customer-channels/channels-tab').then((m) => ({ default: m.ChannelsTab }))),
  },
  {
    id: 'communications',
    label: 'Communications',
    permission: 'communications:read',
    component: lazy(() =>
      import('../../communications/customer-communications/communications-tab').then((m) => ({ default: m.CommunicationsTab })),
    ),
  },
  {
    id: 'history',
    label: 'History',
    permission: 'audit:read',
    component: lazy(() => import('./history-tab').then((m) => ({ default: m.HistoryTab }))),
  },
];
