import { describe, expect, it } from 'vitest';
import {
  brandLabel,
  brandOf,
  cardFormFieldOf,
  CARD_NUMBER_HINTS,
  cardNumberHint,
  digitsOf,
  isGeneratedCardName,
  expiryLabel,
  formatCardNumber,
  isExpired,
  maskedCard,
  parseExpiry,
  passesLuhn,
} from './card';

describe('passesLuhn', () => {
  it('accepts the test cards and refuses a typo', () => {
    expect(passesLuhn('4242424242424242')).toBe(true);
    expect(passesLuhn('4000000000000002')).toBe(true);
    expect(passesLuhn('5555555555554444')).toBe(true);
    expect(passesLuhn('378282246310005')).toBe(true);
    expect(passesLuhn('4242424242424241')).toBe(false);
    expect(passesLuhn('')).toBe(false);
    expect(passesLuhn('4242x')).toBe(false);
  });
});

describe('cardNumberHint', () => {
  it('says nothing while the number is short or right', () => {
    expect(cardNumberHint('')).toBeNull();
    expect(cardNumberHint('4242 42')).toBeNull();
    expect(cardNumberHint('4242 4242 4242 4242')).toBeNull();
    expect(cardNumberHint('4242-4242-4242-4242')).toBeNull();
  });

  it('hints at a typo, letters or too many digits', () => {
    expect(cardNumberHint('4242 4242 4242 4241')).toBe('typo');
    expect(cardNumberHint('4242 abcd')).toBe('onlyDigits');
    expect(cardNumberHint('4'.repeat(20))).toBe('maxDigits');
    expect(CARD_NUMBER_HINTS.maxDigits).toMatch(/19 digits/);
  });
});

describe('brands and formatting', () => {
  it('guesses the brand from the prefix', () => {
    expect(brandOf('4242')).toBe('visa');
    expect(brandOf('5555')).toBe('mastercard');
    expect(brandOf('2221')).toBe('mastercard');
    expect(brandOf('3782')).toBe('amex');
    expect(brandOf('6011')).toBe('discover');
    expect(brandOf('9999')).toBe('unknown');
  });

  it('groups digits as they are read', () => {
    expect(formatCardNumber('4242424242424242')).toBe('4242 4242 4242 4242');
    expect(formatCardNumber('4242-42')).toBe('4242 42');
    expect(formatCardNumber('378282246310005')).toBe('3782 822463 10005');
    expect(digitsOf('4242 4242-4242')).toBe('424242424242');
  });

  it('masks a card on file', () => {
    expect(maskedCard({ brand: 'visa', lastFourDigits: '4242' })).toBe('Visa •••• 4242');
    expect(brandLabel('jcb')).toBe('Jcb');
  });
});

describe('expiry', () => {
  it('reads MM/YY, MM/YYYY and MMYY', () => {
    expect(parseExpiry('12/28')).toEqual({ month: 12, year: 2028 });
    expect(parseExpiry(' 3 / 2031 ')).toEqual({ month: 3, year: 2031 });
    expect(parseExpiry('0129')).toEqual({ month: 1, year: 2029 });
    expect(parseExpiry('13/28')).toBeNull();
    expect(parseExpiry('12-28')).toBeNull();
  });

  it('lets a card work to the end of its month', () => {
    const now = new Date(2026, 10, 23);
    expect(isExpired({ month: 11, year: 2026 }, now)).toBe(false);
    expect(isExpired({ month: 10, year: 2026 }, now)).toBe(true);
    expect(isExpired({ month: 1, year: 2027 }, now)).toBe(false);
    expect(isExpired({ month: 12, year: 2025 }, now)).toBe(true);
  });

  it('shows the expiry of a card on file as MM/YY', () => {
    expect(expiryLabel('2029-12-31T23:59:59.999Z')).toBe('12/29');
  });
});

describe('cardFormFieldOf', () => {
  it('maps both ways of sending a card to the form’s inputs', () => {
    expect(cardFormFieldOf('number')).toBe('number');
    expect(cardFormFieldOf('expiryYear')).toBe('expiry');
    expect(cardFormFieldOf('details.cardNumber')).toBe('number');
    expect(cardFormFieldOf('details.expirationDate')).toBe('expiry');
    expect(cardFormFieldOf('details.nameOnCard')).toBe('holderName');
    expect(cardFormFieldOf('relatedParty.id')).toBe('');
  });
});

describe('isGeneratedCardName', () => {
  it('tells the server’s made-up names from names people gave', () => {
    expect(isGeneratedCardName('Visa •••• 4242')).toBe(true);
    expect(isGeneratedCardName('Mastercard •••• 4444')).toBe(true);
    expect(isGeneratedCardName('Work card')).toBe(false);
    expect(isGeneratedCardName('My Visa •••• 4242 (old)')).toBe(false);
  });
});
