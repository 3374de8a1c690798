/** The customers lib's test kit for other libs' and the apps' tests: factories over its HTTP API. */
export { newAffiliate, newIndividualCustomer, newSubscriberLogin } from '../../test/customers-test-app.js';
export { DEMO_CUSTOMER_COUNT, demoCustomer } from '../demo/customers-demo-data.js';
export { type BulkCustomerRow, insertPartiesInBulk } from './bulk-customers.js';
