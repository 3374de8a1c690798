/** Luhn checksum of a card number (digits only). */
export function passesLuhn(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function cardBrand(digits: string): string {
  if (/^4/.test(digits)) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^(6011|65|64[4-9])/.test(digits)) return 'discover';
  if (/^220[0-4]/.test(digits)) return 'mir';
  return 'unknown';
}

/** A card is usable through the last day of its expiry month. */
export function isExpired(expiryMonth: number, expiryYear: number, now: Date): boolean {
  const firstDayAfter = Date.UTC(expiryYear, expiryMonth, 1); // month is 1-based: this is the next month
  return now.getTime() >= firstDayAfter;
}
