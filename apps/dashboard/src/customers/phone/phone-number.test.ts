import { describe, expect, it } from 'vitest';
import { checkPhone, formatAsTyped, readablePhone } from './phone-number';

describe('checkPhone', () => {
  it('reads a national number in the default region, and an international one in any', () => {
    expect(checkPhone('07700 900123', 'GB')).toEqual({ kind: 'valid', e164: '+447700900123', international: '+44 7700 900123' });
    expect(checkPhone('0044 7700 900123', 'RU')).toMatchObject({ kind: 'valid', e164: '+447700900123' });
    expect(checkPhone('8 916 123-45-67', 'RU')).toMatchObject({ kind: 'valid', e164: '+79161234567' });
  });

  it('says what is wrong with one that is not valid', () => {
    expect(checkPhone('07700 90012', 'GB')).toEqual({ kind: 'invalid', reason: 'invalid-for-region', region: 'GB' });
    expect(checkPhone('+34 612 345 1000', 'GB')).toEqual({ kind: 'invalid', reason: 'invalid-for-region', region: 'ES' });
    expect(checkPhone('call me', 'GB')).toEqual({ kind: 'invalid', reason: 'not-a-number', region: null });
    expect(checkPhone('  ', 'GB')).toEqual({ kind: 'empty' });
  });
});

describe('formatAsTyped', () => {
  it('groups the digits as the region writes them', () => {
    expect(formatAsTyped('07700900123', 'GB')).toBe('07700 900123');
    expect(formatAsTyped('+447700900123', 'RU')).toBe('+44 7700 900123');
  });

  it('leaves a value that ends in a separator alone, so it can be deleted', () => {
    expect(formatAsTyped('07700 ', 'GB')).toBe('07700 ');
  });
});

describe('readablePhone', () => {
  it('formats E.164 for reading and leaves anything else', () => {
    expect(readablePhone('+447700900123')).toBe('+44 7700 900123');
    expect(readablePhone('n/a')).toBe('n/a');
  });
});
