/** The inventory's test kit: factories that insert real rows. */
export { insertNumbers, testMsisdns } from './number-rows.js';
