import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Principal } from './principal.js';

/**
 * The records a principal may see. Repositories of customer-owned data take a DataScope in every
 * method and apply it to every query, so no endpoint can forget it; out of scope reads as absent.
 */
export type DataScope =
  { kind: 'all' } | { kind: 'affiliate'; affiliateId: number } | { kind: 'customer'; customerId: number } | { kind: 'none' };

export function scopeOf(principal: Principal): DataScope {
  switch (principal.kind) {
    case 'staff':
      return { kind: 'all' };
    case 'affiliate':
      return principal.affiliateId !== undefined ? { kind: 'affiliate', affiliateId: principal.affiliateId } : { kind: 'none' };
    case 'customer':
      return principal.customerId !== undefined ? { kind: 'customer', customerId: principal.customerId } : { kind: 'none' };
  }
}

/**
 * Scope via owner columns: where a customer-owned table (or a join) says whose a row is. Every
 * customer-owned repository restricts its reads with these, through applyScope (query builders) or
 * scopeSql (plain SQL), never with WHERE clauses of its own.
 */
export interface ScopeColumns {
  /** The column holding the owning affiliate of the row. */
  affiliate: string;
  /** The column holding the customer the row belongs to (the id column on the customer table). */
  customer: string;
}

/** The owner column that decides the scope and the value it must hold; `all` and `none` need none. */
function ownerCondition(scope: DataScope, columns: ScopeColumns): { column: string; value: number } | 'all' | 'none' {
  switch (scope.kind) {
    case 'all':
    case 'none':
      return scope.kind;
    case 'affiliate':
      return { column: columns.affiliate, value: scope.affiliateId };
    case 'customer':
      return { column: columns.customer, value: scope.customerId };
  }
}

/** Restricts a query to the rows of the scope. */
export function applyScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  scope: DataScope,
  columns: ScopeColumns,
): SelectQueryBuilder<T> {
  const condition = ownerCondition(scope, columns);
  if (condition === 'all') return qb;
  if (condition === 'none') return qb.andWhere('1 = 0');
  return qb.andWhere(`${condition.column} = :scopeOwnerId`, { scopeOwnerId: condition.value });
}

/**
 * The scope for plain SQL: a condition to append to a WHERE clause (`' AND p.affiliate_id = ?'`,
 * empty for all rows) and the values of its `?`s. The text depends only on the scope's kind, so
 * SQL built once per kind can be cached.
 */
export function scopeSql(scope: DataScope, columns: ScopeColumns): { sql: string; values: number[] } {
  const condition = ownerCondition(scope, columns);
  if (condition === 'all') return { sql: '', values: [] };
  if (condition === 'none') return { sql: ' AND 1 = 0', values: [] };
  return { sql: ` AND ${condition.column} = ?`, values: [condition.value] };
}

/** Whether a single row (already loaded) is inside the scope. */
export function inScope(scope: DataScope, row: { affiliateId: number | null; customerId: number }): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'affiliate':
      return row.affiliateId === scope.affiliateId;
    case 'customer':
      return row.customerId === scope.customerId;
    case 'none':
      return false;
  }
}
