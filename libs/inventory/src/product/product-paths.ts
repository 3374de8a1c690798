/** TMF637 base path and the paths of what a product refers to in other APIs. */
export const PRODUCT_INVENTORY_API = '/tmf-api/productInventory/v4';
export const PRODUCT_PATH = `${PRODUCT_INVENTORY_API}/product`;
export const SUBSCRIPTIONS_PATH = '/api/v1/subscriptions';
export const CUSTOMER_PATH = '/tmf-api/customerManagement/v4/customer';
export const BILLING_ACCOUNT_PATH = '/tmf-api/accountManagement/v4/billingAccount';
export const PRODUCT_OFFERING_PATH = '/tmf-api/productCatalogManagement/v4/productOffering';
export const PRODUCT_OFFERING_PRICE_PATH = '/tmf-api/productCatalogManagement/v4/productOfferingPrice';
export const RESOURCE_PATH = '/tmf-api/resourceInventoryManagement/v4/resource';
