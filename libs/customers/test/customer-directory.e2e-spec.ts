import type { DataScope, ListQuery } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { CUSTOMER_LIST } from '../src/customer/customer-list.js';
import { CustomerDirectory } from '../src/index.js';
import { createCustomersTestApp, newIndividualCustomer } from './customers-test-app.js';

const STAFF: DataScope = { kind: 'all' };
const VIEW_KEYS = [
  'birthDate',
  'createdAt',
  'email',
  'familyName',
  'fullName',
  'givenName',
  'id',
  'partyType',
  'phone',
  'updatedAt',
  'version',
];

/** A plain object with exactly the view's keys: no entity (nothing TypeORM would save) leaves the lib. */
const expectPlainView = (value: unknown) => {
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  expect(Object.keys(value as object).sort()).toEqual(VIEW_KEYS);
};

/** The read port other libs hold: the parties it answers are copies, not this lib's tracked entities. */
describe('CustomerDirectory', () => {
  let t: TestApp;
  let directory: CustomerDirectory;
  let id: number;
  beforeAll(async () => {
    t = await createCustomersTestApp();
    directory = t.get(CustomerDirectory);
    id = Number(
      (await newIndividualCustomer(t, ADMIN_AUTH, { givenName: 'Vera', familyName: 'Plain', email: 'vera.plain@example.com' })).partyId,
    );
  });
  afterAll(() => t.close());

  it('finds a customer as a plain view', async () => {
    const party = await directory.find(id, STAFF);
    expectPlainView(party);
    expect(party).toMatchObject({ id, partyType: 'individual', givenName: 'Vera', familyName: 'Plain', email: 'vera.plain@example.com' });
  });

  it('finds many and lists as plain views', async () => {
    const many = await directory.findMany([id], STAFF);
    expect(many.map((p) => p.id)).toEqual([id]);
    many.forEach(expectPlainView);

    const query: ListQuery = {
      offset: 0,
      limit: 5,
      fields: null,
      filters: [{ field: 'id', column: 'p.id', operator: '=', value: id }],
      sort: [],
      extra: {},
    };
    const page = await directory.list(query, CUSTOMER_LIST, STAFF);
    expect(page.items.map((p) => p.id)).toEqual([id]);
    page.items.forEach(expectPlainView);
  });
});
