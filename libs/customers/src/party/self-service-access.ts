import { CustomerOwned, RequireAnyPermission, RequirePermissions } from '@contactly/platform';

/**
 * Who may use a TMF resource that a subscriber sees and edits as their own (a customer, their party):
 * staff and affiliates by permission within their scope, the subscriber by the self-service permissions.
 */
export function selfServiceAccess(kind: Parameters<typeof CustomerOwned>[0]) {
  const owned = CustomerOwned(kind);
  return {
    read: [owned, RequireAnyPermission('customers:read', 'self:read')],
    create: [owned, RequirePermissions('customers:write')],
    update: [owned, RequireAnyPermission('customers:write', 'self:write')],
    delete: [owned, RequirePermissions('customers:write')],
  };
}
