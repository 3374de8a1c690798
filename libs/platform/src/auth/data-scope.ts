import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Principal } from './principal.js';

/**
 * The records a principal may see. Repositories of customer-owned data take a DataScope in every
 * method and apply it to every query, so no endpoint can forget it; out of scope reads as absent.
 */
export type DataScope =
  | { kind: 'all' }
  | { kind: 'affiliate'; affiliateId: number }
  | { kind: 'customer'; customerId: number }
  | { kind: 'none' };

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

export interface ScopeColumns {
  /** The column holding the owning affiliate of the row. */
  affiliate: string;
  /** The column holding the customer the row belongs to (the id column on the customer table). */
  customer: string;
}

/** Restricts a query to the rows of the scope. */
export function applyScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: DataScope, columns: ScopeColumns): SelectQueryBuilder<T> {
  switch (scope.kind) {
    case 'all':
      return qb;
    case 'affiliate':
      return qb.andWhere(`${columns.affiliate} = :scopeAffiliateId`, { scopeAffiliateId: scope.affiliateId });
    case 'customer':
      return qb.andWhere(`${columns.customer} = :scopeCustomerId`, { scopeCustomerId: scope.customerId });
    case 'none':
      return qb.andWhere('1 = 0');
  }
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
