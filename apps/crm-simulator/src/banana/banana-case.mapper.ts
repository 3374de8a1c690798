import type { ProviderKey } from '../case-catalog.js';
import type { Prng } from '../prng.js';
import type { SeedCase } from '../seeded-cases.js';
import type { BananaCase } from './banana-case.js';

/** How Banana's agents type provider names: mostly upper case, with the legal entity. */
const SPELLINGS: Record<ProviderKey, readonly string[]> = {
  vodafone: ['VODAFONE UK', 'Vodafone UK', 'VODAFONE'],
  orange: ['ORANGE SA', 'Orange SA'],
  telefonica: ['Telefonica ES', 'TELEFONICA'],
  mts: ['MTS', 'МТС'],
  'deutsche-telekom': ['DEUTSCHE TELEKOM AG', 'Deutsche Telekom'],
  o2: ['O2 UK', 'O2'],
  beeline: ['BEELINE', 'Билайн'],
  't-mobile-us': ['T-MOBILE US', 'T-Mobile USA'],
};

export function bananaCaseFromSeed(seed: SeedCase, caseId: string, prng: Prng): BananaCase {
  return {
    case_id: caseId,
    vendor: { name: prng.pick(SPELLINGS[seed.provider.key]), region: seed.provider.region },
    err_code: `E-${seed.issue.code}`,
    state: seed.status === 'open' || seed.status === 'pending' ? 'OPEN' : 'CLOSED',
    title: seed.title,
    details: seed.description,
    customer_ref: seed.customerEmail,
    created_ms: seed.createdMs,
    updated_ms: seed.updatedMs,
  };
}

/** Banana numbers its cases; numbers are never reused, even after a delete. */
export function bananaCaseId(sequenceNumber: number): string {
  return `BAN-${String(sequenceNumber).padStart(6, '0')}`;
}
