import type { Money } from './catalog-types';

export type MoneyEntry = { ok: true; minor: number } | { ok: false; problem: 'empty' | 'not_a_number' | 'negative' | 'too_precise' };

/**
 * An amount typed in euros — `9.99`, `9,99`, `1 299,00`, `€ 12` — as whole cents. Refused: no
 * digits, a negative amount, more than two decimals (a fraction of a cent).
 */
export function parseEuros(input: string): MoneyEntry {
  const text = input.replace(/[\s\u00a0\u202f€]/g, '').replace(/^EUR/i, '');
  if (!text) return { ok: false, problem: 'empty' };
  if (text.startsWith('-')) return { ok: false, problem: 'negative' };
  if (!/^[\d.,']+$/.test(text) || !/\d/.test(text)) return { ok: false, problem: 'not_a_number' };
  // With both `.` and `,`, or one of them twice, the last one is the decimal separator and the others group
  // thousands (`1.299,00`, `1,299.00`); a lone separator is the decimal one (`9,99`, `1.999` is too precise).
  const separators = [...text.matchAll(/[.,']/g)];
  const last = separators.at(-1);
  const decimal = last && (separators.length === 1 || new Set(separators.map((m) => m[0])).size > 1) ? last.index : undefined;
  const wholeText = (decimal === undefined ? text : text.slice(0, decimal)).replace(/[.,']/g, '');
  const fraction = decimal === undefined ? '' : text.slice(decimal + 1);
  if (!/^\d+$/.test(wholeText) || !/^\d*$/.test(fraction)) return { ok: false, problem: 'not_a_number' };
  if (fraction.length > 2) return { ok: false, problem: 'too_precise' };
  const whole = wholeText;
  return { ok: true, minor: Number(whole) * 100 + Number(fraction.padEnd(2, '0')) };
}

/** Whole cents → the value of TMF money, without binary fractions (1999 → 19.99). */
export const minorToMajor = (minor: number): number => Math.round(minor) / 100;

/** TMF money's value → whole cents (19.99 → 1999). */
export const majorToMinor = (value: number): number => Math.round(value * 100);

/** An amount in euros as a form shows it for editing: `19.99`, `20.00`. */
export const eurosForInput = (value: number | undefined | null): string => (typeof value === 'number' ? value.toFixed(2) : '');

/** Money in the reader's language: `19,99 €` (ru), `€19.99` (en). */
export function formatMoney(money: Money | undefined | null, locale: string): string {
  if (!money || typeof money.value !== 'number') return '—';
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: money.unit || 'EUR' }).format(money.value);
  } catch {
    return `${money.value.toFixed(2)} ${money.unit}`;
  }
}
