import { describe, expect, it } from 'vitest';
import { caseName, nameProblem, nameToSend } from './case-name';
import { hasMemberFilters, memberFiltersFromParams, memberQueryOf, paramsFromMemberFilters, withMemberFilters } from './member-filters';
import { toggledMember, toggledPage } from './merge-split';

const parse = (query: string) => memberFiltersFromParams(new URLSearchParams(query));

describe('member filters', () => {
  it('reads the URL, leaving out what it cannot mean', () => {
    expect(parse('status=open&source=banana&q=%20sim%20&page=3')).toEqual({ status: 'open', source: 'banana', q: 'sim', page: 3 });
    expect(parse('status=pending&source=crm&page=-2')).toEqual({ status: '', source: '', q: '', page: 0 });
    expect(parse('page=1.5').page).toBe(0);
  });

  it('round-trips through the URL and asks the server for one page', () => {
    const filters = { status: 'closed', source: 'strawberry', q: 'roaming', page: 2 } as const;
    expect(memberFiltersFromParams(paramsFromMemberFilters(filters))).toEqual(filters);
    expect(memberQueryOf(filters)).toEqual({ offset: 50, limit: 25, status: 'closed', source: 'strawberry', q: 'roaming' });
    expect(memberQueryOf(parse(''))).toEqual({ offset: 0, limit: 25 });
    expect(paramsFromMemberFilters(parse('')).toString()).toBe('');
  });

  it('goes back to the first page when a filter changes', () => {
    expect(withMemberFilters({ status: '', source: '', q: '', page: 4 }, { status: 'open' })).toEqual({
      status: 'open',
      source: '',
      q: '',
      page: 0,
    });
    expect(hasMemberFilters(parse('page=3'))).toBe(false);
    expect(hasMemberFilters(parse('q=x'))).toBe(true);
  });
});

describe('choosing members across pages', () => {
  const a = { id: 1 };
  const b = { id: 2 };
  const c = { id: 3 };
  it('keeps the choice of other pages', () => {
    const chosen = toggledMember(new Map([[a.id, a]]), b);
    expect([...chosen.keys()]).toEqual([1, 2]);
    expect([...toggledMember(chosen, a).keys()]).toEqual([2]);
    expect([...toggledPage(chosen, [c]).keys()]).toEqual([1, 2, 3]);
    expect([
      ...toggledPage(
        new Map([
          [a.id, a],
          [c.id, c],
        ]),
        [c],
      ).keys(),
    ]).toEqual([1]);
  });
});

describe('case names', () => {
  it('shows the given name, else provider · error code', () => {
    expect(caseName({ name: null, provider: 'vodafone', errorCode: 'E1101' })).toBe('vodafone · E1101');
    expect(caseName({ name: 'eSIM outage', provider: 'vodafone', errorCode: 'E1101' })).toBe('eSIM outage');
  });

  it('sends a blank name as null (back to the hub’s) and refuses one over 200 characters', () => {
    expect(nameToSend('  eSIM  ')).toBe('eSIM');
    expect(nameToSend('   ')).toBeNull();
    expect(nameProblem('x'.repeat(200))).toBeNull();
    expect(nameProblem('x'.repeat(201))).toBe('tooLong');
    expect(nameProblem(`  ${'я'.repeat(200)}  `)).toBeNull();
  });
});
