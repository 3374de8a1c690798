import type { GetListParams } from 'react-admin';

/**
 * react-admin's list parameters as the API's list conventions: page → `offset`/`limit`,
 * sort → `sort=field` or `sort=-field`, each filter → `attr=value` (`q` included). Empty filter
 * values are left out, as react-admin keeps cleared inputs as '' or null.
 */
export function listQuery({ pagination, sort, filter }: Pick<GetListParams, 'pagination' | 'sort' | 'filter'>): URLSearchParams {
  const query = new URLSearchParams();
  if (pagination) {
    query.set('offset', String((pagination.page - 1) * pagination.perPage));
    query.set('limit', String(pagination.perPage));
  }
  if (sort?.field) query.set('sort', sort.order === 'DESC' ? `-${sort.field}` : sort.field);
  for (const [name, value] of Object.entries((filter ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null || value === '') continue;
    query.set(name, String(value));
  }
  return query;
}
