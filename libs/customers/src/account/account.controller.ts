import { CustomerOwned, RequireAnyPermission, RequirePermissions, tmfResourceController } from '@contactly/platform';
import { ACCOUNT_APIS, type AccountApi } from './account-kinds.js';
import { type AccountInput, AccountService } from './account.service.js';

const OWNER_RULES =
  'The owner (`relatedParty`, one Individual/Organization or Customer id) must exist in your scope, else 422 and nothing is written.';
const LINK_RULES =
  '`defaultPaymentMethod` must be a payment method of the owner, `financialAccount` one of the owner’s (or the operator’s), and `billStructure` must name existing catalogue entries (422 otherwise).';

/**
 * The TMF666 endpoints of one kind of account. The four kinds share one table and one service;
 * only their DTOs and views differ, so each is served the same way, validating bodies against the
 * DTOs of its kind.
 */
function accountController(api: AccountApi) {
  const lower = api.label.toLowerCase();
  const links = api.kind === 'financial' ? '' : ` ${LINK_RULES}`;
  const mandatory = api.ownerRequired
    ? '`name` and `relatedParty` are mandatory.'
    : '`name` is mandatory; `relatedParty` too unless you are staff (an account without owner is the operator’s own).';
  const owned = CustomerOwned(api.type);
  const write = [owned, RequirePermissions('customers:write')];
  return tmfResourceController({
    tag: 'TMF666 account',
    resource: api.resource,
    label: api.label,
    path: api.path,
    list: api.list,
    create: api.create as new () => AccountInput,
    update: api.update as new () => AccountInput,
    view: api.view,
    service: AccountService,
    operations: (accounts) => ({
      list: (query, principal, baseUrl) => accounts.list(api, query, principal, baseUrl),
      get: (id, principal, baseUrl) => accounts.get(api, id, principal, baseUrl),
      create: (body, principal, baseUrl) => accounts.create(api, body, principal, baseUrl),
      update: (id, body, version, principal, baseUrl) => accounts.update(api, id, body, version, principal, baseUrl),
      delete: (id, principal, baseUrl) => accounts.delete(api, id, principal, baseUrl),
    }),
    access: { read: [owned, RequireAnyPermission('customers:read', 'self:read')], create: write, update: write, delete: write },
    docs: {
      list: {
        summary: `List ${lower}s (within your scope)`,
        description:
          'Affiliates see the accounts of their customers, a subscriber only their own. `relatedPartyId` lists the accounts of one party.',
      },
      get: { summary: `Get a ${lower}`, description: 'The `ETag` is the version to send back in `If-Match`.' },
      create: {
        summary: `Open a ${lower}`,
        description: `${mandatory} ${OWNER_RULES}${links} It starts \`created\` unless \`state: active\` is sent.`,
        errors: [422],
      },
      update: {
        summary: `Change a ${lower} (merge patch)`,
        description: `\`state\` follows created → active ⇄ suspended → closed (409 otherwise); a closed account changes no more (409). \`id\`, \`href\` and the owner cannot change (400).${links}`,
        errors: [409, 422],
      },
      delete: {
        summary: `Delete a ${lower}`,
        description:
          api.kind === 'financial'
            ? 'Refused (409) while other accounts refer to it.'
            : 'Its history stays in the event feed and the audit trail.',
        errors: api.kind === 'financial' ? [409] : [],
      },
    },
  });
}

export const BillingAccountController = accountController(ACCOUNT_APIS.billing);
export const PartyAccountController = accountController(ACCOUNT_APIS.party);
export const SettlementAccountController = accountController(ACCOUNT_APIS.settlement);
export const FinancialAccountController = accountController(ACCOUNT_APIS.financial);
