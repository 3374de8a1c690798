import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDate, formatDateTime, formatMoney, formatNumber } from './format';

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  it('writes dates in the user’s language', () => {
    const at = '2026-12-07T18:40:00.000Z';
    expect(formatDate(at, 'en', { dateStyle: 'medium', timeZone: 'UTC' })).toBe('Dec 7, 2026');
    expect(nbsp(formatDate(at, 'ru', { dateStyle: 'medium', timeZone: 'UTC' }))).toBe('7 дек. 2026 г.');
    expect(formatDateTime(at, 'ru', { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' })).toBe('07.12.2026, 18:40');
  });

  it('shows a calendar date as that day in any time zone', () => {
    expect(nbsp(formatCalendarDate('1990-04-12', 'ru'))).toBe('12 апр. 1990 г.');
  });

  it('writes numbers and money with the language’s separators and currency sign', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(nbsp(formatNumber(1234.5, 'ru'))).toBe('1 234,5');
    expect(formatMoney({ unit: 'EUR', value: 12.5 }, 'en')).toBe('€12.50');
    expect(nbsp(formatMoney({ unit: 'EUR', value: 12.5 }, 'ru'))).toBe('12,50 €');
    expect(nbsp(formatMoney({ unit: 'RUB', value: 1500 }, 'ru'))).toBe('1 500,00 ₽');
  });

  it('never says "Invalid Date" or NaN', () => {
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatDate(null, 'en')).toBe('—');
    expect(formatNumber(Number.NaN, 'en')).toBe('—');
    expect(formatMoney({ unit: 'points', value: 3 }, 'en')).toBe('3.00 points');
    expect(formatMoney(null, 'en')).toBe('—');
  });
});
