import { tmfResourceController } from '@contactly/platform';
import { ALLOW_DUPLICATE_QUERY, createOptionsOf } from '../duplicates/allow-duplicate.query.js';
import { selfServiceAccess } from '../party/self-service-access.js';
import { CUSTOMER_PATH } from '../party/tmf-paths.js';
import { CUSTOMER_LIST } from './customer-list.js';
import { CustomerService } from './customer.service.js';
import { CreateCustomerDto, CustomerView, UpdateCustomerDto } from './dto/customer.dto.js';

/** TMF629 Customer: the customer face of a party. */
export const CustomerController = tmfResourceController({
  tag: 'TMF629 customer',
  resource: 'Customer',
  path: CUSTOMER_PATH,
  list: CUSTOMER_LIST,
  create: CreateCustomerDto,
  createQuery: ALLOW_DUPLICATE_QUERY,
  update: UpdateCustomerDto,
  view: CustomerView,
  service: CustomerService,
  operations: (customers) => ({
    list: (query, principal, baseUrl) => customers.list(query, principal, baseUrl),
    get: (id, principal, baseUrl) => customers.get(id, principal, baseUrl),
    create: (body, principal, baseUrl, query) => customers.create(body, principal, baseUrl, createOptionsOf(query)),
    update: (id, body, version, principal, baseUrl) => customers.update(id, body, version, principal, baseUrl),
    delete: (id, principal, baseUrl) => customers.delete(id, principal, baseUrl),
  }),
  access: selfServiceAccess('customer'),
  docs: {
    list: {
      summary: 'List customers (within your scope)',
      description: 'Affiliates see their own customers, a subscriber only themself. `affiliateId` filters by owner.',
    },
    get: { summary: 'Get a customer' },
    create: {
      summary: 'Make a party a customer',
      description:
        '`name` and `engagedParty` (an existing Individual or Organization) are mandatory; a party that does not exist is refused (422) and nothing is written. ' +
        'Another customer in your scope with the same email or phone (of `contactMedium` if sent, else the party’s preferred ones) is 409 `POSSIBLE_DUPLICATE_CUSTOMER` naming them in `duplicates`, unless `allowDuplicate=true`; two such creates at once do not both succeed.',
      errors: [409, 422],
    },
    update: {
      summary: 'Change a customer (merge patch)',
      description:
        'Status follows pending → active ⇄ suspended → closed (409 otherwise). `id`, `href`, `engagedParty` and the owning affiliate cannot change.',
      errors: [409, 422],
    },
    delete: { summary: 'Delete a customer', description: 'The engaged party remains as a TMF632 party.' },
  },
});
