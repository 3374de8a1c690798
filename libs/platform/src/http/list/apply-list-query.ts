import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ListQuery } from './list-query.js';
import type { ListSpec } from './list-spec.js';

/** Applies filters, order and paging of a parsed ListQuery to a query builder (parameters bound). */
export function applyListQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: ListSpec,
): SelectQueryBuilder<T> {
  query.filters.forEach((filter, index) => {
    qb.andWhere(`${filter.column} ${filter.operator} :lf${index}`, { [`lf${index}`]: filter.value });
  });
  const orderBy: Record<string, 'ASC' | 'DESC'> = {};
  for (const sort of query.sort) orderBy[sort.column] = sort.direction;
  if (!(spec.idColumn in orderBy)) orderBy[spec.idColumn] = query.sort[0]?.direction ?? 'ASC';
  qb.orderBy(orderBy);
  return qb.offset(query.offset).limit(query.limit);
}
