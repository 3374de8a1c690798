import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createApiTestApp } from './api-test-app.js';

/**
 * Each lib declares its permissions and grants them to the built-in roles; composed, the server
 * offers exactly these (the catalogue a role editor shows, the grants a new installation starts with).
 */
const PERMISSIONS: Record<string, string> = {
  'users:read': 'See users and their roles',
  'users:write': 'Create, edit, deactivate and delete users; reset passwords',
  'roles:read': 'See roles and their permissions',
  'roles:write': 'Create, edit and delete roles and their permissions',
  'affiliates:read': 'See affiliates and their API credentials',
  'affiliates:write': 'Create, edit and delete affiliates; issue and revoke their API credentials',
  'audit:read': 'See the audit history of records',
  'metrics:read': 'Read the Prometheus metrics',
  'events:read': 'Read the feed of business events (for the data warehouse)',
  'customers:read': 'See customers, parties and their accounts (affiliates: only their own)',
  'customers:write': 'Create, edit and delete customers, parties and their accounts',
  'payment-methods:write': 'Add, replace and remove payment methods for customers',
  'self:read': 'A subscriber reads their own profile, accounts, payment methods and communications',
  'self:write': 'A subscriber edits their own profile and payment methods',
  'dev-mailbox:read': 'Read the development mailbox (not in production)',
  'support-hub:read': 'See aggregated support cases and refresh status',
  'support-hub:refresh': 'Trigger a refresh of CRM cases (at most every 15 minutes)',
  'support-hub:force-refresh': 'Trigger a refresh of CRM cases at any time',
  'support-hub:merge': 'Merge aggregated cases and split cases out',
  'support-hub:rules': 'Edit the grouping rules of the support hub',
  'communications:read': 'See communications, clients and their statuses',
  'communications:send': 'Send communications (within the role’s types and channels)',
  'communications:status': 'Update the statuses of sent communications (delivered, read, responded with survey answers, ignored, failed)',
  'communications:admin': 'Manage companies, departments, channels, types, documents and rules',
  'statistics:read': 'See communication statistics',
  'catalog:read': 'See the product catalog: offerings, prices, specifications, categories, catalogs and the daily dumps',
  'catalog:write': 'Create, change and delete catalog entries and move them through their lifecycle',
  'catalog:dump': 'Start a catalog dump on demand',
  'subscriptions:read': 'See the subscriptions (TMF637 products) of the customers in your scope',
  'subscriptions:write': 'Create subscriptions, cancel them, suspend and resume them, change auto-renewal',
  'numbers:read': 'See the number inventory (MSISDNs and ICCIDs) and reservations',
  'numbers:reserve': 'Reserve numbers for a customer or a cart, and release the reservations',
  'numbers:write': 'Administer the number pools: import, port in and out, assign numbers',
};

/** What sells and what keeps subscriptions: agents and affiliates alike. */
const SELLING = ['catalog:read', 'subscriptions:read', 'subscriptions:write', 'numbers:read', 'numbers:reserve'];

const BUILTIN_ROLES: Record<string, { description: string; permissions: string[] }> = {
  admin: { description: 'Administers the platform: every permission, always', permissions: Object.keys(PERMISSIONS) },
  agent: {
    description: 'Customer service agent: works on customers, their accounts and payment methods',
    permissions: [
      'customers:read',
      'customers:write',
      'payment-methods:write',
      'audit:read',
      'support-hub:read',
      'communications:read',
      ...SELLING,
    ],
  },
  'support-engineer': {
    description: 'Works the aggregated CRM cases of the support hub',
    permissions: ['support-hub:read', 'support-hub:refresh', 'support-hub:merge', 'customers:read', 'catalog:read', 'subscriptions:read'],
  },
  marketer: {
    description: 'Sends communications and reads their statistics',
    permissions: [
      'communications:read',
      'communications:send',
      'communications:status',
      'statistics:read',
      'customers:read',
      'catalog:read',
    ],
  },
  affiliate: {
    description: 'A partner’s API client: manages the customers it owns',
    permissions: ['customers:read', 'customers:write', 'payment-methods:write', ...SELLING],
  },
  customer: {
    description: 'A subscriber using self-service: only their own data',
    permissions: ['self:read', 'self:write', 'catalog:read'],
  },
};

describe('the permissions and built-in roles the libs contribute', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createApiTestApp();
  }, 120_000);
  afterAll(() => t.close());

  it('lists every lib’s permissions with its description', async () => {
    const res = await t.http.get('/api/v1/permissions').set('Authorization', ADMIN_AUTH).expect(200);
    const listed = Object.fromEntries((res.body as { name: string; description: string }[]).map((p) => [p.name, p.description]));
    expect(listed).toEqual(PERMISSIONS);
    expect(res.body).toHaveLength(Object.keys(PERMISSIONS).length);
  });

  it('starts the built-in roles with the grants of every lib', async () => {
    const res = await t.http.get('/api/v1/roles?builtin=true&limit=100').set('Authorization', ADMIN_AUTH).expect(200);
    const roles = Object.fromEntries(
      (res.body as { name: string; description: string; permissions: string[] }[]).map((r) => [
        r.name,
        { description: r.description, permissions: r.permissions },
      ]),
    );
    expect(roles).toEqual(
      Object.fromEntries(
        Object.entries(BUILTIN_ROLES).map(([name, role]) => [name, { ...role, permissions: [...role.permissions].sort() }]),
      ),
    );
  });

  it('refuses a permission no lib declares', async () => {
    const res = await t.http
      .post('/api/v1/roles')
      .set('Authorization', ADMIN_AUTH)
      .send({ name: 'no-such-grant', permissions: ['customers:read', 'warp-drive:engage'] })
      .expect(400);
    expect(res.body).toMatchObject({ code: 'UNKNOWN_PERMISSION' });
  });
});
