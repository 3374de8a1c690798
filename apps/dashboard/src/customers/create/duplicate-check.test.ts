import { describe, expect, it } from 'vitest';
import { duplicateQueryOf, matchedKey } from './duplicate-check';

describe('duplicateQueryOf', () => {
  it('asks about a whole email and a valid phone, in the forms the server compares', () => {
    expect(duplicateQueryOf({ email: ' Anna@Example.com ', phone: '07700 900123' }, 'GB')).toEqual({
      email: 'anna@example.com',
      phone: '+447700900123',
    });
  });

  it('leaves out what is still being typed, and asks nothing when nothing is whole', () => {
    expect(duplicateQueryOf({ email: 'anna@exam', phone: '07700 900123' }, 'GB')).toEqual({ phone: '+447700900123' });
    expect(duplicateQueryOf({ email: 'anna@example.com', phone: '07700 9001' }, 'GB')).toEqual({ email: 'anna@example.com' });
    expect(duplicateQueryOf({ email: '', phone: '' }, 'GB')).toBeNull();
  });
});

describe('matchedKey', () => {
  it('names what matched', () => {
    expect(matchedKey(['email'])).toBe('email');
    expect(matchedKey(['phone'])).toBe('phone');
    expect(matchedKey(['email', 'phone'])).toBe('emailAndPhone');
  });
});
