/** Identity's test kit for other libs' and the apps' tests: factories and fixtures over its tables. */
export { bindLoginToCustomer, createIdentityTestApp, newUser, passwordHashOf, putPasswordHashBack } from '../../test/identity-test-app.js';
