import { DomainError } from '../errors/domain-error.js';
import { parseListQuery } from './list-query.js';
import type { ListSpec } from './list-spec.js';

const SPEC: ListSpec = {
  idColumn: 't.id',
  defaultSort: 'name',
  extraParams: ['q'],
  fields: {
    id: { column: 't.id', type: 'int' },
    name: { column: 't.name', type: 'string' },
    score: { column: 't.score', type: 'number' },
    active: { column: 't.active', type: 'boolean' },
    status: { column: 't.status', type: 'enum', values: ['open', 'closed'] },
    createdAt: { column: 't.created_at', type: 'date' },
    ownerId: { column: 't.owner_id', type: 'id' },
    notes: { column: 't.notes', type: 'string', sort: false },
    rank: { column: 't.rank', type: 'int', filter: false },
  },
  selectable: ['id', 'name', 'score', 'active', 'status', 'createdAt', 'tags'],
};

/** The problems of a refused query, as the 400 would list them. */
function problemsOf(query: Record<string, unknown>): { field: string; message: string }[] {
  try {
    parseListQuery(query, SPEC);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const domain = error as DomainError;
    expect(domain.category).toBe('Invalid');
    expect(domain.code).toBe('INVALID_LIST_QUERY');
    return domain.options.details ?? [];
  }
  throw new Error(`expected ${JSON.stringify(query)} to be refused`);
}
const refusedFields = (query: Record<string, unknown>) => problemsOf(query).map((p) => p.field);

describe('parseListQuery', () => {
  describe('paging', () => {
    it('defaults to offset 0, limit 20, the default sort, no fields, no filters', () => {
      expect(parseListQuery({}, SPEC)).toEqual({
        offset: 0,
        limit: 20,
        fields: null,
        filters: [],
        sort: [{ field: 'name', column: 't.name', direction: 'ASC' }],
        extra: {},
      });
      expect(parseListQuery(undefined, SPEC).limit).toBe(20);
    });

    it('takes offset and limit', () => {
      expect(parseListQuery({ offset: '40', limit: '10' }, SPEC)).toMatchObject({ offset: 40, limit: 10 });
      expect(parseListQuery({ limit: '0' }, SPEC).limit).toBe(0);
    });

    it('caps limit at 1000 instead of refusing it', () => {
      expect(parseListQuery({ limit: '1000' }, SPEC).limit).toBe(1000);
      expect(parseListQuery({ limit: '1001' }, SPEC).limit).toBe(1000);
      expect(parseListQuery({ limit: '999999999' }, SPEC).limit).toBe(1000);
    });

    it.each([
      ['a negative offset', { offset: '-1' }, 'offset'],
      ['a fractional offset', { offset: '1.5' }, 'offset'],
      ['a non-numeric limit', { limit: 'ten' }, 'limit'],
      ['a negative limit', { limit: '-5' }, 'limit'],
      ['an empty limit', { limit: '' }, 'limit'],
      ['a limit in exponent form', { limit: '1e3' }, 'limit'],
      ['a limit too long to be a count', { limit: '99999999999' }, 'limit'],
    ])('refuses %s', (_case, query, field) => {
      expect(refusedFields(query)).toEqual([field]);
    });
  });

  describe('sort', () => {
    it('sorts by several fields, - for descending, + or nothing for ascending', () => {
      expect(parseListQuery({ sort: '-createdAt,+score,name' }, SPEC).sort).toEqual([
        { field: 'createdAt', column: 't.created_at', direction: 'DESC' },
        { field: 'score', column: 't.score', direction: 'ASC' },
        { field: 'name', column: 't.name', direction: 'ASC' },
      ]);
    });

    it('allows sorting by a field that is not filterable', () => {
      expect(parseListQuery({ sort: 'rank' }, SPEC).sort).toEqual([{ field: 'rank', column: 't.rank', direction: 'ASC' }]);
    });

    it.each([
      ['an unknown field', 'passwordHash'],
      ['a field marked not sortable', 'notes'],
      ['a name Object inherits', 'constructor'],
      ['__proto__', '__proto__'],
      ['a column expression', 't.name'],
    ])('refuses %s', (_case, sort) => {
      const problems = problemsOf({ sort });
      expect(problems).toEqual([{ field: 'sort', message: expect.stringContaining('cannot sort by') }]);
    });

    it('refuses a repeated sort parameter', () => {
      expect(refusedFields({ sort: ['name', '-name'] })).toEqual(['sort']);
    });
  });

  describe('filters', () => {
    it('types each value by its field', () => {
      const { filters } = parseListQuery({ name: 'Anna', score: '4.5', active: 'false', status: 'open', id: '42' }, SPEC);
      expect(filters).toEqual([
        { field: 'name', column: 't.name', operator: '=', value: 'Anna' },
        { field: 'score', column: 't.score', operator: '=', value: 4.5 },
        { field: 'active', column: 't.active', operator: '=', value: false },
        { field: 'status', column: 't.status', operator: '=', value: 'open' },
        { field: 'id', column: 't.id', operator: '=', value: 42 },
      ]);
    });

    it('keeps quotes, % and _ as plain text values (they are bound as parameters)', () => {
      expect(parseListQuery({ name: "x' OR '1'='1 %_" }, SPEC).filters[0].value).toBe("x' OR '1'='1 %_");
    });

    it('maps .gt .gte .lt .lte on numbers and dates to operators', () => {
      const { filters } = parseListQuery(
        { 'id.gt': '1', 'id.lte': '9', 'score.gte': '-2', 'createdAt.lt': '2026-01-15T09:00:00.000Z' },
        SPEC,
      );
      expect(filters.map((f) => [f.field, f.operator, f.value])).toEqual([
        ['id', '>', 1],
        ['id', '<=', 9],
        ['score', '>=', -2],
        ['createdAt', '<', new Date('2026-01-15T09:00:00.000Z')],
      ]);
    });

    it('parses dates and date-times as ISO 8601', () => {
      const at = (raw: string) => (parseListQuery({ createdAt: raw }, SPEC).filters[0].value as Date).toISOString();
      expect(at('2026-01-15T09:00:00.000Z')).toBe('2026-01-15T09:00:00.000Z');
      expect(at('2026-01-15T11:00:00+02:00')).toBe('2026-01-15T09:00:00.000Z');
      expect(at('2026-01-15')).toBe('2026-01-15T00:00:00.000Z');
    });

    it.each(['yesterday', '15.01.2026', '2026-13-45', '1736931600000', ''])('refuses the date %p', (raw) => {
      expect(refusedFields({ 'createdAt.gte': raw })).toEqual(['createdAt.gte']);
    });

    it('accepts only the values of an enum', () => {
      expect(parseListQuery({ status: 'closed' }, SPEC).filters[0].value).toBe('closed');
      expect(problemsOf({ status: 'Closed' })).toEqual([{ field: 'status', message: 'must be one of open, closed' }]);
    });

    it('accepts only true or false for a boolean', () => {
      expect(parseListQuery({ active: 'true' }, SPEC).filters[0].value).toBe(true);
      expect(refusedFields({ active: '1' })).toEqual(['active']);
    });

    it('refuses non-integers for an int field and non-numbers for a number field', () => {
      expect(refusedFields({ id: 'abc', score: '1,5' })).toEqual(['id', 'score']);
    });

    it('reads an id filter from the end of an href, and lets a non-numeric id match nothing', () => {
      expect(parseListQuery({ ownerId: '17' }, SPEC).filters[0].value).toBe(17);
      expect(parseListQuery({ ownerId: 'https://api.example.com/tmf-api/party/v4/individual/17' }, SPEC).filters[0].value).toBe(17);
      expect(parseListQuery({ ownerId: 'not-an-id' }, SPEC).filters[0].value).toBe(-1);
    });

    it('refuses an overlong text value', () => {
      expect(refusedFields({ name: 'x'.repeat(501) })).toEqual(['name']);
      expect(parseListQuery({ name: 'x'.repeat(500) }, SPEC).filters).toHaveLength(1);
    });

    it.each([
      ['an unknown attribute', 'passwordHash'],
      ['a field marked not filterable', 'rank'],
      ['an unknown operator', 'id.ne'],
      ['an empty operator', 'id.'],
      ['a doubled operator', 'id.gt.lt'],
      ['a name Object inherits', 'toString'],
      ['an operator Object inherits', 'id.constructor'],
    ])('refuses %s', (_case, key) => {
      expect(problemsOf({ [key]: '1' })).toEqual([{ field: key, message: 'is not a filter this list offers' }]);
    });

    it('refuses .gte and the other operators on a string, boolean or enum field', () => {
      expect(refusedFields({ 'name.gte': 'a', 'active.lt': 'true', 'status.gt': 'open' })).toEqual(['name.gte', 'active.lt', 'status.gt']);
      expect(problemsOf({ 'name.gte': 'a' })[0].message).toBe('.gte applies to numbers and dates only');
    });

    it('refuses a filter given more than once', () => {
      expect(problemsOf({ name: ['a', 'b'] })).toEqual([{ field: 'name', message: 'must be given once' }]);
    });
  });

  describe('fields', () => {
    it('selects the named attributes, trimming blanks', () => {
      expect(parseListQuery({ fields: 'name, score,,tags' }, SPEC).fields).toEqual(['name', 'score', 'tags']);
    });

    it('allows id and href even when not listed as selectable', () => {
      expect(parseListQuery({ fields: 'id,href' }, SPEC).fields).toEqual(['id', 'href']);
    });

    it('refuses an attribute that cannot be selected, naming it', () => {
      expect(problemsOf({ fields: 'name,passwordHash' })).toEqual([{ field: 'fields', message: 'unknown attribute "passwordHash"' }]);
      expect(refusedFields({ fields: 'notes' })).toEqual(['fields']);
      expect(refusedFields({ fields: 'constructor' })).toEqual(['fields']);
    });

    it('refuses fields given more than once', () => {
      expect(refusedFields({ fields: ['name', 'score'] })).toEqual(['fields']);
    });
  });

  describe('extra parameters', () => {
    it('passes the endpoint’s own parameters through untouched, not as filters', () => {
      const query = parseListQuery({ q: "  Ann%_'  ", name: 'x' }, SPEC);
      expect(query.extra).toEqual({ q: "  Ann%_'  " });
      expect(query.filters.map((f) => f.field)).toEqual(['name']);
    });

    it('refuses an extra parameter given more than once', () => {
      expect(problemsOf({ q: ['a', 'b'] })).toEqual([{ field: 'q', message: 'must be given once' }]);
    });

    it('does not take parameters another endpoint offers', () => {
      expect(refusedFields({ role: 'agent' })).toEqual(['role']);
    });
  });

  it('reports every problem at once, in a message that names them', () => {
    let message = '';
    try {
      parseListQuery({ offset: '-1', limit: 'x', sort: 'nope', bogus: '1', fields: 'secret' }, SPEC);
    } catch (error) {
      message = (error as DomainError).message;
    }
    expect(refusedFields({ offset: '-1', limit: 'x', sort: 'nope', bogus: '1', fields: 'secret' }).sort()).toEqual([
      'bogus',
      'fields',
      'limit',
      'offset',
      'sort',
    ]);
    for (const name of ['offset', 'limit', 'sort', 'bogus', 'fields']) expect(message).toContain(name);
  });
});
