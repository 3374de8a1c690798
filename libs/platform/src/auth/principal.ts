export type PrincipalKind = 'staff' | 'affiliate' | 'customer';

/** Who is calling: the result of authentication, passed to services that decide or record. */
export interface Principal {
  userId: number;
  username: string;
  kind: PrincipalKind;
  roles: string[];
  permissions: ReadonlySet<string>;
  affiliateId?: number;
  customerId?: number;
  /** The interface language the user chose ('en', 'ru'); absent until they choose one. */
  locale?: string;
}

/** The identity of the system itself, for seeds and scheduled jobs. */
export const SYSTEM_PRINCIPAL: Principal = {
  userId: 0,
  username: 'system',
  kind: 'staff',
  roles: [],
  permissions: new Set(),
};
