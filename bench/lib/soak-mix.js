// The soak benchmark's workload: what agents, partners and the dashboard do all day, reads and writes
// mixed, on records made through the API first.
import { randomUUID } from 'node:crypto';

const SEED_CUSTOMERS = 200;
const pick = (items) => items[Math.floor(Math.random() * items.length)];
const tag = () => randomUUID().slice(0, 8);

/** Customers (as clients, so they have contact media and search keys) to read and change. */
export async function seedMix(base, auth) {
  const customers = [];
  for (let i = 0; i < SEED_CUSTOMERS; i += 1) {
    const response = await fetch(`${base}/api/v1/clients/add`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ firstName: 'Soak', lastName: `Customer${i}${tag()}`, email: `soak.${tag()}@example.com` }),
    });
    if (response.status !== 201) throw new Error(`seeding: ${response.status} ${await response.text()}`);
    const client = await response.json();
    customers.push({ id: client.clientId, lastName: client.lastName });
  }
  return { customers };
}

/** Weighted: 60% reads (one customer, a search, a page of clients, the caller) and 40% writes (creates, changes). */
const MIX = [
  [30, ({ customers }) => ({ method: 'GET', path: `/tmf-api/customerManagement/v4/customer/${pick(customers).id}` })],
  [
    10,
    ({ customers }) => ({ method: 'GET', path: `/api/v1/customers/search?q=${encodeURIComponent(pick(customers).lastName.slice(0, 10))}` }),
  ],
  [10, () => ({ method: 'GET', path: '/api/v1/clients?limit=20' })],
  [10, () => ({ method: 'GET', path: '/api/v1/users/me' })],
  [
    15,
    () => ({
      method: 'POST',
      path: '/api/v1/clients/add',
      body: { firstName: 'Soak', lastName: `New${tag()}`, email: `new.${tag()}@example.com` },
    }),
  ],
  [
    15,
    ({ customers }) => ({
      method: 'PATCH',
      path: `/tmf-api/customerManagement/v4/customer/${pick(customers).id}`,
      body: { name: `Soak ${tag()}` },
    }),
  ],
  [
    10,
    () => ({
      method: 'POST',
      path: '/tmf-api/party/v4/individual',
      body: { givenName: 'Soak', familyName: `Party${tag()}` },
      headers: { 'idempotency-key': randomUUID() },
    }),
  ],
];
const TOTAL = MIX.reduce((sum, [weight]) => sum + weight, 0);

export function mixedRequest(fixtures) {
  let roll = Math.random() * TOTAL;
  for (const [weight, make] of MIX) {
    roll -= weight;
    if (roll < 0) return make(fixtures);
  }
  return MIX[0][1](fixtures);
}
