/** Base path of TMF639 Resource Inventory Management and its collection. */
export const RESOURCE_API = '/tmf-api/resourceInventoryManagement/v4';
export const RESOURCE_PATH = `${RESOURCE_API}/resource`;
/** The number administration routes that TMF639 has no place for (import, porting, counts, reservations). */
export const NUMBERS_PATH = '/api/v1/numbers';
