import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

/**
 * Who a route serves, declared on every route (or its controller) and stated in the OpenAPI document
 * as `x-audience`, so the scope matrix test can try every route as the wrong principal and fails
 * on a route nobody classified:
 * - `public`: no credentials (`@Public()`);
 * - `staff`: employees and administrators only — affiliates and subscribers get 403 whatever
 *   permissions their roles hold (enforced by the access guard);
 * - `self`: the caller's own account (their user, their profile): nothing of anyone else's can be named;
 * - `reference`: operator-wide reference data that any signed-in principal with the permission reads;
 * - `customer-owned`: records that belong to a customer (`x-owned-resource` names which kind): the
 *   repositories narrow them to the caller's scope, and out of scope reads as 404.
 */
export type AudienceKind = 'public' | 'staff' | 'self' | 'reference' | 'customer-owned';

export interface Audience {
  kind: AudienceKind;
  /** For customer-owned routes: the kind of record the route reads or writes (`customer`, `paymentMethod`, …). */
  resource?: string;
}

export const AUDIENCE = 'contactly:audience';

const declare = (audience: Audience) =>
  applyDecorators(
    SetMetadata(AUDIENCE, audience),
    ApiExtension('x-audience', audience.kind),
    ...(audience.resource ? [ApiExtension('x-owned-resource', audience.resource)] : []),
  );

/** Employees and administrators only; other principals get 403 whatever their permissions. */
export const StaffOnly = () => declare({ kind: 'staff' });

/** The caller's own account or profile. */
export const OwnAccount = () => declare({ kind: 'self' });

/** Operator-wide reference data (read by any signed-in principal with the permission; written by staff). */
export const ReferenceData = () => declare({ kind: 'reference' });

/** Records that belong to a customer, narrowed to the caller's scope in the repositories. */
export const CustomerOwned = (resource: string) => declare({ kind: 'customer-owned', resource });
