import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header a delivery receipt carries its signature in: `sha256=<hex HMAC-SHA256 of the raw body>`. */
export const RECEIPT_SIGNATURE_HEADER = 'x-contactly-signature';

/** The signature of a receipt's raw body, as the header carries it. */
export function signReceipt(rawBody: Buffer | string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** Whether the header holds the body's signature (compared in constant time). */
export function isSignedBy(rawBody: Buffer, header: string | undefined, secret: string): boolean {
  if (!header || !/^sha256=[0-9a-f]{64}$/i.test(header.trim())) return false;
  const expected = Buffer.from(signReceipt(rawBody, secret).slice('sha256='.length), 'hex');
  const given = Buffer.from(header.trim().slice('sha256='.length).toLowerCase(), 'hex');
  return timingSafeEqual(expected, given);
}
