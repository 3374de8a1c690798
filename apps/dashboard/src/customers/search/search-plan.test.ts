import { describe, expect, it } from 'vitest';
import type { CustomerSummary } from '../customer-types';
import { affiliatePage, moveHighlight, rangeLabel, searchPlan } from './search-plan';

const summary = (id: number, affiliateId: number | null): CustomerSummary => ({
  id,
  href: `/c/${id}`,
  name: `Customer ${id}`,
  partyType: 'individual',
  segment: 'B2C',
  status: 'active',
  email: null,
  phone: null,
  affiliateId,
});

describe('searchPlan', () => {
  it('searches what was typed, trimmed, paged by the server', () => {
    expect(searchPlan({ q: '  maria ', page: 2 })).toEqual({ kind: 'search', q: 'maria', offset: 40, limit: 20 });
  });

  it('lists customers by name when nothing is typed, for one affiliate when chosen', () => {
    expect(searchPlan({ q: '   ', page: 0 })).toEqual({ kind: 'list', affiliateId: undefined, offset: 0, limit: 20 });
    expect(searchPlan({ q: '', affiliateId: 3, page: 1 })).toEqual({ kind: 'list', affiliateId: 3, offset: 20, limit: 20 });
  });

  it('narrows the ranked matches to the chosen affiliate', () => {
    expect(searchPlan({ q: 'ivan', affiliateId: 2, page: 0 }, 10)).toEqual({
      kind: 'search-affiliate',
      q: 'ivan',
      affiliateId: 2,
      offset: 0,
      limit: 10,
    });
  });
});

describe('affiliatePage', () => {
  it('keeps the ranking and counts only the affiliate’s matches', () => {
    const matches = [summary(5, 1), summary(3, 2), summary(9, 1), summary(1, null), summary(7, 1)];
    expect(affiliatePage(matches, 1, 0, 2)).toEqual({ items: [matches[0], matches[2]], total: 3 });
    expect(affiliatePage(matches, 1, 2, 2)).toEqual({ items: [matches[4]], total: 3 });
    expect(affiliatePage(matches, 4, 0, 2)).toEqual({ items: [], total: 0 });
  });
});

describe('moveHighlight', () => {
  it('moves down and up within the results and stops at the ends', () => {
    expect(moveHighlight(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveHighlight(1, 'ArrowDown', 3)).toBe(2);
    expect(moveHighlight(2, 'ArrowDown', 3)).toBe(2);
    expect(moveHighlight(2, 'ArrowUp', 3)).toBe(1);
    expect(moveHighlight(0, 'ArrowUp', 3)).toBe(0);
    expect(moveHighlight(1, 'Home', 3)).toBe(0);
    expect(moveHighlight(0, 'End', 3)).toBe(2);
  });

  it('has nothing to highlight without results, and leaves other keys alone', () => {
    expect(moveHighlight(-1, 'ArrowDown', 0)).toBe(-1);
    expect(moveHighlight(0, 'a', 3)).toBeUndefined();
    expect(moveHighlight(0, 'Enter', 3)).toBeUndefined();
  });
});

describe('rangeLabel', () => {
  it('names the rows shown and the total', () => {
    expect(rangeLabel(20, 20, 57)).toBe('21–40 of 57');
    expect(rangeLabel(0, 0, 0)).toBe('0 of 0');
  });
});
