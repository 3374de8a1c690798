import ChatIcon from '@mui/icons-material/ChatOutlined';
import CreditCardIcon from '@mui/icons-material/CreditCard';
import PersonIcon from '@mui/icons-material/PersonOutline';
import SimCardIcon from '@mui/icons-material/SimCardOutlined';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** One section of the portal: its address, its place in the navigation, and the page it opens. */
export interface PortalSection {
  /** The section's address; the page may take further segments (`/orders/:id`) through `routes`. */
  path: string;
  /** Its name in the navigation: a catalogue key and the English words. */
  label: { key: string; _: string };
  /** A line on the overview card. */
  summary: { key: string; _: string };
  icon: ComponentType;
  Page: LazyExoticComponent<ComponentType>;
  /** More addresses the same page answers (e.g. `/orders/:id`); relative to nothing, absolute paths. */
  routes?: string[];
}

const page = <T extends Record<string, ComponentType>>(load: () => Promise<T>, name: keyof T) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

/**
 * The portal's sections, in navigation order: the extension point. A later issue adds a section
 * (subscriptions, orders, bills) with one entry here; the navigation, the overview and the routes
 * follow. Nothing is listed before it has a page that works: no empty stubs for subscribers.
 */
export const PORTAL_SECTIONS: readonly PortalSection[] = [
  {
    path: '/profile',
    label: { key: 'contactly.portal.nav.profile', _: 'My details' },
    summary: { key: 'contactly.portal.home.profile', _: 'Your name and how we reach you' },
    icon: PersonIcon,
    Page: page(() => import('./profile/profile-page'), 'ProfilePage'),
  },
  {
    path: '/subscriptions',
    label: { key: 'contactly.portal.nav.subscriptions', _: 'My subscriptions' },
    summary: { key: 'contactly.portal.home.subscriptions', _: 'Your plans: cancel, keep, renew automatically' },
    icon: SimCardIcon,
    Page: page(() => import('../subscriptions/my-subscriptions-page'), 'MySubscriptionsPage'),
  },
  {
    path: '/payment-methods',
    label: { key: 'contactly.portal.nav.payment', _: 'Payment methods' },
    summary: { key: 'contactly.portal.home.payment', _: 'Your cards: add, replace, choose the default' },
    icon: CreditCardIcon,
    Page: page(() => import('./payment/payment-methods-page'), 'PaymentMethodsPage'),
  },
  {
    path: '/communications',
    label: { key: 'contactly.portal.nav.communications', _: 'Messages' },
    summary: { key: 'contactly.portal.home.communications', _: 'Messages we sent you, surveys, and the channels you accept' },
    icon: ChatIcon,
    Page: page(() => import('./communications/communications-page'), 'CommunicationsPage'),
  },
];
