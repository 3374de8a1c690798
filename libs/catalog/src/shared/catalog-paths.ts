/** Base path of TMF620 Product Catalog Management and the collections it serves. */
export const CATALOG_API = '/tmf-api/productCatalogManagement/v4';
export const CATALOG_PATH = `${CATALOG_API}/catalog`;
export const CATEGORY_PATH = `${CATALOG_API}/category`;
export const PRODUCT_SPECIFICATION_PATH = `${CATALOG_API}/productSpecification`;
export const PRODUCT_OFFERING_PATH = `${CATALOG_API}/productOffering`;
export const PRODUCT_OFFERING_PRICE_PATH = `${CATALOG_API}/productOfferingPrice`;
