import { isSignedBy, signReceipt } from './receipt-signature.js';

describe('delivery receipt signatures', () => {
  const secret = 'receipt-secret-for-tests';
  const body = Buffer.from('{"communicationId":7,"status":"delivered","timestamp":"2026-01-15T09:00:00.000Z"}');

  it('accepts the HMAC-SHA256 of the raw body, in any hex case', () => {
    const signature = signReceipt(body, secret);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(isSignedBy(body, signature, secret)).toBe(true);
    expect(isSignedBy(body, signature.toUpperCase().replace('SHA256', 'sha256'), secret)).toBe(true);
  });

  it('refuses another body, another secret, a malformed or missing header', () => {
    const signature = signReceipt(body, secret);
    expect(isSignedBy(Buffer.from(body.toString().replace('delivered', 'read')), signature, secret)).toBe(false);
    expect(isSignedBy(body, signReceipt(body, 'another-secret-entirely'), secret)).toBe(false);
    expect(isSignedBy(body, signature.slice(0, -2), secret)).toBe(false);
    expect(isSignedBy(body, 'md5=abc', secret)).toBe(false);
    expect(isSignedBy(body, undefined, secret)).toBe(false);
  });
});
