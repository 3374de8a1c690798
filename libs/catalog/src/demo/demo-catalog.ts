import type { LifecycleStatus } from '../shared/lifecycle-status.js';
import type { PriceType, RecurringPeriod, ResourceKind } from '../shared/catalog-kinds.js';

/** The demo catalog: a small telecom operator's offer in EUR, as a product manager would enter it. */

export interface DemoSpecification {
  key: string;
  name: string;
  productNumber: string;
  resources: ResourceKind[];
  characteristics?: { name: string; valueType: string; values: (string | number)[]; unit?: string }[];
  status?: LifecycleStatus;
}

export interface DemoPrice {
  key: string;
  name: string;
  priceType: PriceType;
  value: number;
  period?: RecurringPeriod;
  unit?: string;
  status?: LifecycleStatus;
}

export interface DemoOffering {
  key: string;
  name: string;
  description: string;
  spec: string;
  prices: string[];
  categories: string[];
  bundled?: string[];
  status?: LifecycleStatus;
}

const plan = (name: string, data: number | 'unlimited', minutes: number | 'unlimited') => ({
  key: name,
  name,
  productNumber: `MOB-${name.toUpperCase().replace(/\W+/g, '-')}`,
  resources: ['msisdn', 'iccid'] as ResourceKind[],
  characteristics: [
    { name: 'dataAllowance', valueType: 'number', values: [data], unit: 'GB' },
    { name: 'voiceMinutes', valueType: 'number', values: [minutes], unit: 'minute' },
    { name: 'networkGeneration', valueType: 'string', values: ['5G'] },
  ],
});

export const DEMO_SPECIFICATIONS: DemoSpecification[] = [
  plan('Mobile plan S', 5, 300),
  plan('Mobile plan M', 20, 'unlimited'),
  plan('Mobile plan L', 50, 'unlimited'),
  plan('Mobile plan Unlimited', 'unlimited', 'unlimited'),
  plan('Business plan', 30, 'unlimited'),
  plan('Business fleet line', 15, 'unlimited'),
  { ...plan('Mobile plan Classic 2024', 3, 200), status: 'retired' },
  { key: 'SIM', name: 'Physical SIM card', productNumber: 'SIM-TRIO', resources: ['iccid'] },
  { key: 'eSIM', name: 'eSIM profile', productNumber: 'SIM-ESIM', resources: ['iccid'] },
  { key: 'Add-on', name: 'Mobile add-on', productNumber: 'ADDON', resources: [] },
  { key: 'Home', name: '5G home internet', productNumber: 'HOME-5G', resources: ['iccid'], status: 'inStudy' },
];

const monthly = (key: string, value: number, status?: LifecycleStatus): DemoPrice => ({
  key,
  name: `${key} monthly fee`,
  priceType: 'recurring',
  period: 'month',
  value,
  status,
});
const once = (key: string, name: string, value: number): DemoPrice => ({ key, name, priceType: 'oneTime', value });

export const DEMO_PRICES: DemoPrice[] = [
  monthly('Mobile S', 9.99),
  monthly('Mobile M', 19.99),
  monthly('Mobile L', 29.99),
  monthly('Mobile Unlimited', 44.99),
  { key: 'Mobile M yearly', name: 'Mobile M yearly fee', priceType: 'recurring', period: 'year', value: 199 },
  monthly('Business Essentials', 24.9),
  monthly('Business Pro', 39.9),
  monthly('Business Fleet', 34.9),
  monthly('Mobile Classic 2024', 14.99, 'retired'),
  monthly('Home 5G', 34.99, 'inStudy'),
  { key: 'Data per GB', name: 'Out-of-bundle data, per GB', priceType: 'usage', value: 2, unit: 'GB' },
  { key: 'Calls per minute', name: 'Out-of-bundle calls, per minute', priceType: 'usage', value: 0.09, unit: 'minute' },
  { key: 'Business data per GB', name: 'Business out-of-bundle data, per GB', priceType: 'usage', value: 1.5, unit: 'GB' },
  once('SIM', 'SIM card fee', 5),
  once('eSIM', 'eSIM activation', 0),
  once('EU roaming', 'EU roaming pack (7 days)', 4.99),
  once('World roaming', 'World roaming pack (7 days, 1 GB)', 14.99),
  once('Extra 10 GB', 'Extra 10 GB', 7.99),
];

export const DEMO_CATEGORIES = ['Mobile plans (B2C)', 'Business plans (B2B)', 'SIM cards', 'Add-ons and roaming'] as const;
const [B2C, B2B, SIMS, ADDONS] = DEMO_CATEGORIES;

export const DEMO_CATALOGS = [
  { name: 'Consumer', catalogType: 'consumer', categories: [B2C, SIMS, ADDONS] },
  { name: 'Business', catalogType: 'business', categories: [B2B, SIMS, ADDONS] },
];

const usage = ['Data per GB', 'Calls per minute'];

export const DEMO_OFFERINGS: DemoOffering[] = [
  {
    key: 'Mobile S',
    name: 'Mobile S',
    description: '5 GB, 300 minutes, 5G',
    spec: 'Mobile plan S',
    prices: ['Mobile S', ...usage],
    categories: [B2C],
  },
  {
    key: 'Mobile M',
    name: 'Mobile M',
    description: '20 GB, unlimited calls and texts, 5G',
    spec: 'Mobile plan M',
    prices: ['Mobile M', ...usage],
    categories: [B2C],
  },
  {
    key: 'Mobile L',
    name: 'Mobile L',
    description: '50 GB, unlimited calls and texts, EU roaming included',
    spec: 'Mobile plan L',
    prices: ['Mobile L', 'Data per GB'],
    categories: [B2C],
  },
  {
    key: 'Mobile Unlimited',
    name: 'Mobile Unlimited',
    description: 'Unlimited data, calls and texts',
    spec: 'Mobile plan Unlimited',
    prices: ['Mobile Unlimited'],
    categories: [B2C],
  },
  {
    key: 'Mobile M yearly',
    name: 'Mobile M (yearly)',
    description: 'Mobile M paid once a year: two months free',
    spec: 'Mobile plan M',
    prices: ['Mobile M yearly', ...usage],
    categories: [B2C],
  },
  {
    key: 'Business Essentials',
    name: 'Business Essentials',
    description: '30 GB per line, unlimited calls, invoice per company',
    spec: 'Business plan',
    prices: ['Business Essentials', 'Business data per GB'],
    categories: [B2B],
  },
  {
    key: 'Business Pro',
    name: 'Business Pro',
    description: '30 GB per line, priority support, EU roaming',
    spec: 'Business plan',
    prices: ['Business Pro', 'Business data per GB'],
    categories: [B2B],
  },
  {
    key: 'Business Fleet',
    name: 'Business Fleet',
    description: 'Lines for vehicles and devices, 15 GB each, from 10 lines',
    spec: 'Business fleet line',
    prices: ['Business Fleet', 'Business data per GB'],
    categories: [B2B],
  },
  {
    key: 'SIM',
    name: 'Physical SIM card',
    description: 'Triple-cut SIM card, delivered by post',
    spec: 'SIM',
    prices: ['SIM'],
    categories: [SIMS],
  },
  { key: 'eSIM', name: 'eSIM', description: 'Digital SIM, activated with a QR code', spec: 'eSIM', prices: ['eSIM'], categories: [SIMS] },
  {
    key: 'EU roaming',
    name: 'EU roaming pack',
    description: 'Calls, texts and 5 GB across the EU for 7 days',
    spec: 'Add-on',
    prices: ['EU roaming'],
    categories: [ADDONS],
  },
  {
    key: 'World roaming',
    name: 'World roaming pack',
    description: '1 GB and 60 minutes in 80 countries for 7 days',
    spec: 'Add-on',
    prices: ['World roaming'],
    categories: [ADDONS],
  },
  {
    key: 'Extra 10 GB',
    name: 'Extra 10 GB',
    description: '10 GB more until the end of the month',
    spec: 'Add-on',
    prices: ['Extra 10 GB'],
    categories: [ADDONS],
  },
  {
    key: 'Mobile M + SIM',
    name: 'Mobile M with SIM card',
    description: 'Mobile M and its SIM card, delivered together',
    spec: 'Mobile plan M',
    prices: ['Mobile M', 'SIM'],
    categories: [B2C],
    bundled: ['Mobile M', 'SIM'],
  },
  {
    key: 'Business Pro + eSIM',
    name: 'Business Pro with eSIM',
    description: 'Business Pro on an eSIM, ready in minutes',
    spec: 'Business plan',
    prices: ['Business Pro', 'eSIM'],
    categories: [B2B],
    bundled: ['Business Pro', 'eSIM'],
  },
  {
    key: 'Mobile Classic 2024',
    name: 'Mobile Classic 2024',
    description: 'Last year’s plan: no longer sold, still served',
    spec: 'Mobile plan Classic 2024',
    prices: ['Mobile Classic 2024', ...usage],
    categories: [B2C],
    status: 'retired',
  },
  {
    key: 'Mobile XS',
    name: 'Mobile XS',
    description: 'Entry plan, replaced by Mobile S',
    spec: 'Mobile plan S',
    prices: ['Mobile S'],
    categories: [B2C],
    status: 'retired',
  },
  {
    key: 'Home 5G',
    name: '5G Home Internet',
    description: 'Unlimited home internet over 5G (being studied)',
    spec: 'Home',
    prices: ['Home 5G'],
    categories: [],
    status: 'inStudy',
  },
];
