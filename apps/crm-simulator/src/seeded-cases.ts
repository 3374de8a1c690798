import { type CaseStatus, type Issue, type Provider, PROVIDERS } from './case-catalog.js';
import { DEMO_CUSTOMER_EMAILS } from './demo-customer-emails.js';
import { Prng } from './prng.js';

/** One case in vendor-neutral terms; each vendor's mapper renders it in its own shape and spellings. */
export interface SeedCase {
  provider: Provider;
  issue: Issue;
  status: CaseStatus;
  title: string;
  description: string;
  customerEmail: string;
  createdMs: number;
  updatedMs: number;
}

const DAY_MS = 86_400_000;
const HISTORY_MS = 60 * DAY_MS;
const SHARE_OF_DEMO_CUSTOMERS = 0.3;
const STATUSES: readonly { status: CaseStatus; upTo: number }[] = [
  { status: 'open', upTo: 0.35 },
  { status: 'pending', upTo: 0.5 },
  { status: 'resolved', upTo: 0.75 },
  { status: 'closed', upTo: 1 },
];
const TITLE_PREFIXES = ['', '', '', 'Urgent: ', 'Re: ', 'Complaint: '];
const TITLE_SUFFIXES = ['', '', '', ' (again)', ' since the last update', ' for several lines'];
const CIRCUMSTANCES = [
  'The customer already restarted the device.',
  'Started after the weekend.',
  'Second contact about this issue.',
  'Affects several lines on the same account.',
  'The customer asks for a call back.',
  'Reproduced by the first-line agent.',
];

/**
 * `count` cases for a seed, with timestamps in the 60 days before `anchor`. The same seed, count and
 * anchor always give the same cases; nothing reads the clock.
 */
export function seededCases(seed: number, count: number, anchor: Date): SeedCase[] {
  const prng = new Prng(seed);
  const anchorMs = anchor.getTime();
  return Array.from({ length: count }, () => seededCase(prng, anchorMs));
}

function seededCase(prng: Prng, anchorMs: number): SeedCase {
  const provider = prng.pickSkewed(PROVIDERS);
  const issue = prng.pickSkewed(provider.issues);
  const roll = prng.next();
  const status = STATUSES.find((s) => roll < s.upTo)?.status ?? 'closed';
  const createdMs = anchorMs - prng.int(HISTORY_MS);
  const updatedMs = createdMs + prng.int(anchorMs - createdMs + 1);
  const customerEmail =
    prng.next() < SHARE_OF_DEMO_CUSTOMERS ? prng.pick(DEMO_CUSTOMER_EMAILS).email : `customer${100_000 + prng.int(900_000)}@inbox.example`;
  return {
    provider,
    issue,
    status,
    title: `${prng.pick(TITLE_PREFIXES)}${issue.summary}${prng.pick(TITLE_SUFFIXES)}`,
    description: `${issue.detail} ${prng.pick(CIRCUMSTANCES)}`,
    customerEmail,
    createdMs,
    updatedMs,
  };
}
