import { EN } from './hub-text.testing';
import { describe, expect, it } from 'vitest';
import {
  describeFilters,
  filtersFromParams,
  hasFilters,
  nextSort,
  NO_FILTERS,
  paramsFromFilters,
  searchQueryOf,
  sortOf,
  withFilters,
} from './board-filters';

const parse = (query: string) => filtersFromParams(new URLSearchParams(query));

describe('filtersFromParams', () => {
  it('reads every filter from the URL', () => {
    expect(parse('provider=VODAFONE%20UK&errorCode=e-1101&status=open&q=sim&sort=-caseCount&page=2')).toEqual({
      provider: 'VODAFONE UK',
      errorCode: 'e-1101',
      status: 'open',
      q: 'sim',
      sort: '-caseCount',
      page: 2,
    });
  });

  it('is every aggregated case, newest first, without a query', () => {
    expect(parse('')).toEqual(NO_FILTERS);
  });

  it('leaves out what the URL cannot mean instead of sending it to the server', () => {
    expect(parse('status=pending&sort=title&page=-3')).toEqual(NO_FILTERS);
    expect(parse('status=OPEN&page=1.5&sort=-nonsense')).toEqual(NO_FILTERS);
    expect(parse('page=abc').page).toBe(0);
  });

  it('trims text and keeps it within bounds', () => {
    expect(parse('q=%20%20sim%20%20').q).toBe('sim');
    expect(parse(`q=${'x'.repeat(500)}`).q).toHaveLength(200);
  });
});

describe('paramsFromFilters', () => {
  it('writes only what differs from the defaults, in a stable order', () => {
    expect(paramsFromFilters(NO_FILTERS).toString()).toBe('');
    expect(paramsFromFilters({ ...NO_FILTERS, q: ' sim ', status: 'closed', provider: 'orange', page: 3 }).toString()).toBe(
      'provider=orange&status=closed&q=sim&page=3',
    );
    expect(paramsFromFilters({ ...NO_FILTERS, sort: 'firstSeen' }).toString()).toBe('sort=firstSeen');
  });

  it('round-trips through the URL', () => {
    const filters = {
      provider: 'Telefónica',
      errorCode: 'ERR-7',
      status: 'open' as const,
      q: 'a & b',
      sort: 'openCount' as const,
      page: 4,
    };
    expect(filtersFromParams(paramsFromFilters(filters))).toEqual(filters);
  });
});

describe('withFilters', () => {
  it('starts again at the first page when what is shown changes', () => {
    expect(withFilters({ ...NO_FILTERS, page: 5 }, { status: 'open' })).toEqual({ ...NO_FILTERS, status: 'open', page: 0 });
  });
});

describe('searchQueryOf', () => {
  it('asks /search for one page, with only the filters set', () => {
    expect(searchQueryOf({ ...NO_FILTERS, page: 2 }, 25)).toEqual({ offset: 50, limit: 25, sort: '-lastSeen' });
    expect(searchQueryOf({ ...NO_FILTERS, provider: 'vodafone', errorCode: 'E1101', status: 'closed', q: 'roaming' }, 10)).toEqual({
      offset: 0,
      limit: 10,
      sort: '-lastSeen',
      provider: 'vodafone',
      errorCode: 'E1101',
      status: 'closed',
      q: 'roaming',
    });
  });
});

describe('sorting', () => {
  it('sorts a column descending first, then ascending', () => {
    expect(nextSort('-lastSeen', 'caseCount')).toBe('-caseCount');
    expect(nextSort('-caseCount', 'caseCount')).toBe('caseCount');
    expect(nextSort('caseCount', 'caseCount')).toBe('-caseCount');
    expect(sortOf('-openCount')).toEqual({ column: 'openCount', direction: 'desc' });
    expect(sortOf('firstSeen')).toEqual({ column: 'firstSeen', direction: 'asc' });
  });
});

describe('describing the filters', () => {
  it('says what the list holds', () => {
    expect(describeFilters(NO_FILTERS, EN.t)).toBe('All aggregated cases');
    expect(describeFilters({ ...NO_FILTERS, status: 'open', provider: 'vodafone', errorCode: 'E1101', q: 'sim' }, EN.t)).toBe(
      'Open aggregated cases of vodafone with error code E1101 matching “sim”',
    );
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, sort: 'caseCount', page: 3 })).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, q: 'x' })).toBe(true);
  });
});
