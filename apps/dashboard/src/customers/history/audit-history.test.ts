import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../customer-types';
import { changeRows, displayValue, mergeHistory, resourceLabel } from './audit-history';

const entry = (id: number, at: string, resourceType = 'customer', changes: AuditEntry['changes'] = {}): AuditEntry => ({
  id,
  actor: { id: 1, username: 'Admin' },
  action: 'update',
  resourceType,
  resourceId: '16',
  changes,
  reason: null,
  at,
});

describe('mergeHistory', () => {
  it('interleaves the customer’s and the party’s entries, newest first', () => {
    const customer = [entry(9, '2026-11-23T10:00:00.000Z'), entry(2, '2026-11-20T10:00:00.000Z')];
    const party = [entry(7, '2026-11-22T10:00:00.000Z', 'individual'), entry(1, '2026-11-19T10:00:00.000Z', 'individual')];
    expect(mergeHistory(customer, party).map((e) => e.id)).toEqual([9, 7, 2, 1]);
  });

  it('puts the later entry first when two happened in the same millisecond, and lists each once', () => {
    const at = '2026-11-23T10:00:00.000Z';
    expect(mergeHistory([entry(3, at), entry(4, at)], [entry(4, at)]).map((e) => e.id)).toEqual([4, 3]);
  });

  it('is empty without entries', () => {
    expect(mergeHistory([], [])).toEqual([]);
  });
});

describe('changeRows', () => {
  it('keeps what changed and drops bookkeeping', () => {
    const rows = changeRows(
      entry(1, '2026-11-23T10:00:00.000Z', 'individual', {
        familyName: { before: 'Novak', after: 'Novak-Smith' },
        lastUpdate: { before: 'a', after: 'b' },
        givenName: { before: 'Maria', after: 'Maria' },
        birthDate: { before: null, after: '1990-04-12' },
      }),
    );
    expect(rows).toEqual([
      { field: 'familyName', before: 'Novak', after: 'Novak-Smith' },
      { field: 'birthDate', before: '—', after: '1990-04-12' },
    ]);
  });

  it('shows nested values compactly', () => {
    expect(displayValue({ emailAddress: 'a@b.c' })).toBe('{"emailAddress":"a@b.c"}');
    expect(displayValue([])).toBe('—');
    expect(displayValue(false)).toBe('false');
  });

  it('names the record an entry is about', () => {
    expect(resourceLabel('customer')).toBe('Customer');
    expect(resourceLabel('organization')).toBe('Profile');
    expect(resourceLabel('something')).toBe('something');
  });
});
