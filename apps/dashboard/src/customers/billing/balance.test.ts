import { describe, expect, it } from 'vitest';
import { balanceOf } from './balance';

const balance = (balanceType: string, value: number, unit: string) => ({ balanceType, amount: { value, unit }, validFor: {} });

describe('balanceOf', () => {
  it('shows the receivable balance in its currency', () => {
    expect(balanceOf({ accountBalance: [balance('deposit', 5, 'EUR'), balance('receivableBalance', 12.5, 'EUR')] }, 'en-GB')).toBe(
      '€12.50',
    );
  });

  it('falls back to the first balance, the raw unit, or a dash', () => {
    expect(balanceOf({ accountBalance: [balance('deposit', 5, 'GBP')] }, 'en-GB')).toBe('£5.00');
    expect(balanceOf({ accountBalance: [balance('receivableBalance', 3, 'points!')] }, 'en-GB')).toBe('3 points!');
    expect(balanceOf({ accountBalance: [] })).toBe('—');
  });
});
