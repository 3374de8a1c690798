import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT } from './compose-draft';
import { countSourceOf, countText } from './recipient-count';

describe('countSourceOf', () => {
  it('counts picked clients on the page and asks the server for a filter or a group', () => {
    expect(countSourceOf({ ...EMPTY_DRAFT, clients: [{ clientId: 2, label: 'A' }] })).toEqual({ kind: 'known', count: 1 });
    expect(countSourceOf({ ...EMPTY_DRAFT, recipientMode: 'filter' })).toEqual({ kind: 'clients', filter: { available: 'true' } });
    expect(countSourceOf({ ...EMPTY_DRAFT, recipientMode: 'group', groupId: 7 })).toEqual({ kind: 'group', groupId: 7 });
    expect(countSourceOf({ ...EMPTY_DRAFT, recipientMode: 'group' })).toEqual({ kind: 'none' });
  });
});

describe('countText', () => {
  it('says how many, and when one send cannot take them all', () => {
    expect(countText(1).text).toBe('1 recipient, each checked before sending');
    expect(countText(0)).toEqual({ text: 'No client: nothing would be sent', tooMany: false });
    expect(countText(100_001)).toEqual({
      text: '100,001 recipients: more than one send takes (100,000); narrow the filter',
      tooMany: true,
    });
    expect(countText(100_000).tooMany).toBe(false);
  });
});
