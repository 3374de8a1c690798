import type { BillingAccount } from '../customer-types';

/** The receivable balance (else the first one) in its currency, e.g. "€12.50"; "—" without one. */
export function balanceOf(account: Pick<BillingAccount, 'accountBalance'>, locale?: string): string {
  const balance = account.accountBalance.find((b) => b.balanceType === 'receivableBalance') ?? account.accountBalance[0];
  if (!balance) return '—';
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: balance.amount.unit }).format(balance.amount.value);
  } catch {
    return `${balance.amount.value} ${balance.amount.unit}`;
  }
}
