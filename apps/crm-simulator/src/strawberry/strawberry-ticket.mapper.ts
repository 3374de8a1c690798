import type { ProviderKey } from '../case-catalog.js';
import type { Prng } from '../prng.js';
import type { SeedCase } from '../seeded-cases.js';
import type { StrawberryTicket } from './strawberry-ticket.js';

/** Strawberry keeps a provider directory (stable ids) but free-typed display names. */
const PROVIDERS: Record<ProviderKey, { id: string; displayNames: readonly string[] }> = {
  vodafone: { id: 'prv-12', displayNames: ['Vodafone', 'vodafone-uk'] },
  orange: { id: 'prv-15', displayNames: ['Orange', 'orange-sa'] },
  telefonica: { id: 'prv-21', displayNames: ['Telefónica', 'telefonica-es'] },
  mts: { id: 'prv-34', displayNames: ['МТС', 'mts-ru'] },
  'deutsche-telekom': { id: 'prv-40', displayNames: ['Telekom', 'deutsche-telekom'] },
  o2: { id: 'prv-41', displayNames: ['O2', 'o2-uk'] },
  beeline: { id: 'prv-52', displayNames: ['Beeline', 'beeline-ru'] },
  't-mobile-us': { id: 'prv-60', displayNames: ['T-Mobile', 't-mobile-us'] },
};

/** Strawberry's agents copy error codes from wherever they saw them, so one code comes in many styles. */
const CODE_STYLES: readonly ((digits: string) => string)[] = [
  (d) => `E${d}`,
  (d) => `e${d}`,
  (d) => `e-${d}`,
  (d) => `ERR${d}`,
  (d) => `ERR-${d}`,
  (d) => d,
];

export function strawberryTicketFromSeed(seed: SeedCase, id: string, prng: Prng): StrawberryTicket {
  const provider = PROVIDERS[seed.provider.key];
  return {
    id,
    provider: { id: provider.id, displayName: prng.pick(provider.displayNames) },
    errorCode: prng.pick(CODE_STYLES)(seed.issue.code),
    status: seed.status,
    subject: seed.title,
    body: seed.description,
    customer: { email: seed.customerEmail },
    createdAt: new Date(seed.createdMs).toISOString(),
    updatedAt: new Date(seed.updatedMs).toISOString(),
  };
}

/** A provider written by a client without a directory id gets one derived from its name. */
export function providerIdFor(displayName: string): string {
  return `prv-${displayName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
}
