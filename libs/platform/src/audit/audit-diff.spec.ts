import { auditDiff, hasChanges } from './audit-diff.js';

describe('auditDiff', () => {
  it('lists every attribute of a created record with before null', () => {
    expect(auditDiff(null, { id: 5, name: 'Anna', roles: ['agent'] })).toEqual({
      id: { before: null, after: 5 },
      name: { before: null, after: 'Anna' },
      roles: { before: null, after: ['agent'] },
    });
  });

  it('lists every attribute of a deleted record with after null', () => {
    expect(auditDiff({ id: 5, name: 'Anna' }, null)).toEqual({
      id: { before: 5, after: null },
      name: { before: 'Anna', after: null },
    });
  });

  it('keeps only the attributes that changed in an update', () => {
    const before = { id: 5, name: 'Anna', email: 'a@example.com', active: true };
    const after = { id: 5, name: 'Anna Agent', email: null, active: true };
    expect(auditDiff(before, after)).toEqual({
      name: { before: 'Anna', after: 'Anna Agent' },
      email: { before: 'a@example.com', after: null },
    });
  });

  it('compares arrays and nested objects by value', () => {
    const before = { roles: ['agent'], address: { city: 'Riga', zip: '1010' } };
    expect(auditDiff(before, { roles: ['agent'], address: { city: 'Riga', zip: '1010' } })).toEqual({});
    expect(auditDiff(before, { roles: ['agent', 'marketer'], address: { city: 'Tallinn', zip: '1010' } })).toEqual({
      roles: { before: ['agent'], after: ['agent', 'marketer'] },
      address: { before: { city: 'Riga', zip: '1010' }, after: { city: 'Tallinn', zip: '1010' } },
    });
  });

  it('tells false, 0 and empty text apart from a missing value', () => {
    expect(auditDiff({ active: true, count: 1, note: 'x' }, { active: false, count: 0, note: '' })).toEqual({
      active: { before: true, after: false },
      count: { before: 1, after: 0 },
      note: { before: 'x', after: '' },
    });
  });

  it('ignores bookkeeping: version, updatedAt, lastUpdate', () => {
    expect(
      auditDiff(
        { version: 1, updatedAt: '2026-01-01T00:00:00.000Z', lastUpdate: 'a', name: 'A' },
        { version: 2, updatedAt: '2026-01-02T00:00:00.000Z', lastUpdate: 'b', name: 'A' },
      ),
    ).toEqual({});
  });

  it.each([
    'password',
    'newPassword',
    'passwordHash',
    'secret',
    'clientSecret',
    'token',
    'accessToken',
    'cvc',
    'cvv',
    'cardNumber',
    'card_number',
    'authorization',
    'pan',
  ])('never keeps the value of %s, only that it changed', (key) => {
    expect(auditDiff({ [key]: 'old-value-1' }, { [key]: 'new-value-2' })).toEqual({ [key]: { before: '[redacted]', after: '[redacted]' } });
  });

  it('redacts a secret on create and delete too, and says nothing of one that did not change', () => {
    expect(JSON.stringify(auditDiff(null, { password: 'Correct-Horse-42' }))).toBe('{"password":{"after":"[redacted]"}}');
    expect(JSON.stringify(auditDiff({ token: 'abc' }, null))).toBe('{"token":{"before":"[redacted]"}}');
    expect(auditDiff({ token: 'same' }, { token: 'same' })).toEqual({});
  });

  it('keeps Unicode text exactly', () => {
    expect(auditDiff({ name: 'Сергей' }, { name: 'Сергей Иванов 🚀📞' })).toEqual({
      name: { before: 'Сергей', after: 'Сергей Иванов 🚀📞' },
    });
  });
});

describe('hasChanges', () => {
  it('is false when only bookkeeping differs', () => {
    expect(hasChanges({ name: 'A', version: 1, updatedAt: 'x' }, { name: 'A', version: 2, updatedAt: 'y' })).toBe(false);
  });

  it('is true when an attribute differs, secrets included', () => {
    expect(hasChanges({ name: 'A' }, { name: 'B' })).toBe(true);
    expect(hasChanges({ passwordHash: 'h1' }, { passwordHash: 'h2' })).toBe(true);
  });
});
