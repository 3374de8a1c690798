/** Where the catalog dumps are listed and downloaded. */
export const CATALOG_DUMPS_API = 'api/v1/catalog/dumps';
