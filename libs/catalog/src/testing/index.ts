/** The catalog's test kit for other libs' and the apps' tests. */
export { insertOffering, type OfferingRowOptions, type OfferingRows } from './catalog-rows.js';
export { insertCatalogInBulk, type BulkCatalogOptions, type BulkCatalogRows } from './bulk-catalog-rows.js';
