import { invalid, type FieldProblem } from '../errors/domain-error.js';
import { rowIdOf } from '../validation/parse-id.pipe.js';
import { LIST_DEFAULT_LIMIT, LIST_MAX_LIMIT, type ListField, type ListSpec } from './list-spec.js';
import { PLATFORM_ERRORS } from '../errors/platform-errors.js';

export type FilterOperator = '=' | '>' | '>=' | '<' | '<=';

export interface ListFilter {
  field: string;
  column: string;
  operator: FilterOperator;
  value: string | number | boolean | Date;
}

export interface ListSort {
  field: string;
  column: string;
  direction: 'ASC' | 'DESC';
}

/** A parsed, validated list request: everything in it is known to the endpoint's ListSpec. */
export interface ListQuery {
  offset: number;
  limit: number;
  fields: string[] | null;
  filters: ListFilter[];
  sort: ListSort[];
  /** Values of the spec's `extraParams`, untouched. */
  extra: Record<string, string>;
}

const OPERATORS: Record<string, FilterOperator> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };
const RESERVED = new Set(['offset', 'limit', 'fields', 'sort']);

/** The spec's own field of that name; never one inherited from Object (`constructor`, `toString`). */
const fieldOf = (spec: ListSpec, name: string): ListField | undefined => (Object.hasOwn(spec.fields, name) ? spec.fields[name] : undefined);

function parseValue(name: string, field: ListField, raw: string, problems: FieldProblem[]): ListFilter['value'] | undefined {
  switch (field.type) {
    case 'string':
      if (raw.length > 500) problems.push({ field: name, message: 'must be at most 500 characters' });
      return raw;
    case 'int':
      if (!/^-?\d{1,15}$/.test(raw)) return void problems.push({ field: name, message: 'must be an integer' });
      return Number(raw);
    case 'id':
      // An href filter carries the id at its end; anything non-numeric cannot name a row.
      return rowIdOf(raw.split('/').pop());
    case 'number':
      if (!/^-?\d+(\.\d+)?$/.test(raw)) return void problems.push({ field: name, message: 'must be a number' });
      return Number(raw);
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') return void problems.push({ field: name, message: 'must be true or false' });
      return raw === 'true';
    case 'date': {
      const date = /^\d{4}-\d{2}-\d{2}/.test(raw) ? new Date(raw) : new Date(Number.NaN);
      if (Number.isNaN(date.getTime())) return void problems.push({ field: name, message: 'must be an ISO 8601 date-time' });
      return date;
    }
    case 'enum':
      if (!field.values?.includes(raw)) return void problems.push({ field: name, message: `must be one of ${field.values?.join(', ')}` });
      return raw;
  }
}

function parseNonNegativeInt(raw: unknown, name: string, problems: FieldProblem[]): number | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw)) {
    problems.push({ field: name, message: 'must be a non-negative integer' });
    return undefined;
  }
  return Number(raw);
}

/**
 * Parses the list conventions (`offset`, `limit`, `fields`, `sort`, attribute filters with
 * `.gt/.gte/.lt/.lte`) against what the endpoint offers. Anything unknown is a 400 naming it;
 * values are typed and bound as parameters later, so quotes, `%` and `_` are plain text.
 */
export function parseListQuery(rawQuery: Record<string, unknown> | undefined, spec: ListSpec): ListQuery {
  const query = rawQuery ?? {};
  const problems: FieldProblem[] = [];
  const extraParams = new Set(spec.extraParams ?? []);
  const selectable = new Set(spec.selectable ?? Object.keys(spec.fields));

  const offset = parseNonNegativeInt(query.offset, 'offset', problems) ?? 0;
  const limit = Math.min(parseNonNegativeInt(query.limit, 'limit', problems) ?? LIST_DEFAULT_LIMIT, LIST_MAX_LIMIT);

  let fields: string[] | null = null;
  if (query.fields !== undefined) {
    if (typeof query.fields !== 'string') problems.push({ field: 'fields', message: 'must be a comma-separated list' });
    else {
      fields = query.fields
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean);
      for (const name of fields) {
        if (!selectable.has(name) && name !== 'id' && name !== 'href')
          problems.push({ field: 'fields', message: `unknown attribute "${name}"` });
      }
    }
  }

  const sort: ListSort[] = [];
  const sortParam = query.sort ?? spec.defaultSort;
  if (typeof sortParam !== 'string') problems.push({ field: 'sort', message: 'must be a comma-separated list of attributes' });
  else {
    for (const item of sortParam
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const direction = item.startsWith('-') ? 'DESC' : 'ASC';
      const name = item.replace(/^[-+]/, '');
      const field = fieldOf(spec, name);
      if (!field || field.sort === false) problems.push({ field: 'sort', message: `cannot sort by "${name}"` });
      else sort.push({ field: name, column: field.column, direction });
    }
  }

  const filters: ListFilter[] = [];
  const extra: Record<string, string> = {};
  for (const [key, rawValue] of Object.entries(query)) {
    if (RESERVED.has(key)) continue;
    if (extraParams.has(key)) {
      if (typeof rawValue !== 'string') problems.push({ field: key, message: 'must be given once' });
      else extra[key] = rawValue;
      continue;
    }
    const [name, suffix, ...rest] = key.split('.');
    const field = fieldOf(spec, name);
    const operator = suffix === undefined ? '=' : Object.hasOwn(OPERATORS, suffix) ? OPERATORS[suffix] : undefined;
    if (!field || field.filter === false || rest.length > 0 || !operator) {
      problems.push({ field: key, message: 'is not a filter this list offers' });
      continue;
    }
    if (operator !== '=' && !['int', 'id', 'number', 'date'].includes(field.type)) {
      problems.push({ field: key, message: `.${suffix} applies to numbers and dates only` });
      continue;
    }
    if (typeof rawValue !== 'string') {
      problems.push({ field: key, message: 'must be given once' });
      continue;
    }
    const value = parseValue(key, field, rawValue, problems);
    if (value !== undefined) filters.push({ field: name, column: field.column, operator, value });
  }

  if (problems.length)
    throw invalid(PLATFORM_ERRORS.INVALID_LIST_QUERY, problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
  return { offset, limit, fields, filters, sort, extra };
}
