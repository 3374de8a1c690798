import { Injectable } from '@nestjs/common';
import { PLATFORM_ERRORS, forbidden, invalid, type Principal, rowIdOf, unprocessable } from '@contactly/platform';
import { AffiliateDirectory } from '@contactly/identity';
import { CUSTOMERS_ERRORS } from '../customers-errors.js';

/**
 * Attributes that state the operator's (or affiliate's) view of a record — its status and the
 * reason for it — and so are never set by the subscriber the record is about: a customer may
 * edit their details, not validate their own identity or lift their own suspension (403 naming
 * the attributes; nothing changes).
 */
export function assertNotSelfControlled(principal: Principal, input: object, attributes: readonly string[], what: string): void {
  if (principal.kind !== 'customer') return;
  const sent = attributes.filter((attribute) => (input as Record<string, unknown>)[attribute] !== undefined);
  if (sent.length)
    throw forbidden(CUSTOMERS_ERRORS.STATUS_NOT_SELF_SERVICE, `A subscriber cannot set ${sent.join(' or ')} of their own ${what}`);
}

/**
 * Who owns what a principal creates: an affiliate's creations are always its own; staff may name
 * an affiliate (`relatedParty: [{id, role: "affiliate"}]`) or leave them the operator's.
 */
@Injectable()
export class OwnershipPolicy {
  constructor(private readonly affiliates: AffiliateDirectory) {}

  async ownerForCreate(principal: Principal, relatedParty: { id: string; role?: string }[] | undefined): Promise<number | null> {
    const named = relatedParty?.find((p) => p.role === 'affiliate');
    if (principal.kind === 'affiliate') {
      if (named && named.id !== String(principal.affiliateId))
        throw invalid(CUSTOMERS_ERRORS.FOREIGN_AFFILIATE, 'An affiliate creates records for itself only', [
          { field: 'relatedParty', message: 'must be your own affiliate' },
        ]);
      return principal.affiliateId == null ? null : this.held(principal.affiliateId, named?.id ?? String(principal.affiliateId));
    }
    if (principal.kind !== 'staff') throw forbidden(PLATFORM_ERRORS.PERMISSION_DENIED, 'Only staff and affiliates create these records');
    if (!named) return null;
    return this.held(rowIdOf(named.id), named.id);
  }

  /**
   * The affiliate, held against a concurrent delete until the creating transaction ends (no foreign
   * key across libs; the delete refuses while it owns parties); 422 when it does not exist.
   */
  private async held(id: number, named: string): Promise<number> {
    if (!(await this.affiliates.lockForReference([id])).has(id))
      throw unprocessable(CUSTOMERS_ERRORS.AFFILIATE_NOT_FOUND, `Affiliate ${named} does not exist`, [
        { field: 'relatedParty', message: 'names an affiliate that does not exist' },
      ]);
    return id;
  }
}
