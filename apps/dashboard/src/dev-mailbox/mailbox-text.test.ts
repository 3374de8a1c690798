import { describe, expect, it } from 'vitest';
import { bodyParts, highlights } from './mailbox-text';

describe('bodyParts', () => {
  it('finds a one-time code', () => {
    expect(bodyParts('Your Contactly verification code is 053313. It expires in 10 minutes.')).toEqual([
      { kind: 'text', text: 'Your Contactly verification code is ' },
      { kind: 'code', text: '053313' },
      { kind: 'text', text: '. It expires in 10 minutes.' },
    ]);
  });

  it('finds a reset link, without the punctuation after it', () => {
    const body = 'Choose a new password here: http://localhost:8181/reset-password#token=jT5_Y-G.\nIt works once.';
    expect(highlights(body)).toEqual({ codes: [], links: ['http://localhost:8181/reset-password#token=jT5_Y-G'] });
  });

  it('leaves phone numbers, dates and longer numbers alone', () => {
    expect(highlights('Call +447700900123 on 2026-11-23 about order 12345678').codes).toEqual([]);
  });

  it('is plain text when there is nothing to point out', () => {
    expect(bodyParts('Hello')).toEqual([{ kind: 'text', text: 'Hello' }]);
    expect(bodyParts('')).toEqual([]);
  });
});
