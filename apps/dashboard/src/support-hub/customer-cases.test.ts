import { describe, expect, it } from 'vitest';
import type { ContactMedium } from '../customers/customer-types';
import { combinedCases, customerEmails } from './customer-cases';
import type { MemberCase } from './support-hub-types';

const email = (address: string, preferred = false): ContactMedium => ({
  mediumType: 'email',
  preferred,
  characteristic: { emailAddress: address },
});

describe('customerEmails', () => {
  it('lists every address once, in lower case, the preferred first', () => {
    const media: ContactMedium[] = [
      email('Work@Example.com'),
      { mediumType: 'phone', preferred: true, characteristic: { phoneNumber: '+447700900123' } },
      email('maria@example.com', true),
      email('work@example.com'),
      email('  '),
    ];
    expect(customerEmails(media)).toEqual(['maria@example.com', 'work@example.com']);
    expect(customerEmails([])).toEqual([]);
  });
});

describe('combinedCases', () => {
  const item = (id: number, updatedAt: string) => ({ id, updatedAt }) as MemberCase;
  it('merges the pages of several addresses, newest first, each case once', () => {
    const combined = combinedCases([
      { items: [item(1, '2026-11-20T00:00:00.000Z'), item(2, '2026-11-22T00:00:00.000Z')], total: 2 },
      { items: [item(3, '2026-11-21T00:00:00.000Z'), item(2, '2026-11-22T00:00:00.000Z')], total: 5 },
    ]);
    expect(combined.items.map((c) => c.id)).toEqual([2, 3, 1]);
    expect(combined.total).toBe(7);
  });
});
