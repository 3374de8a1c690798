/** Base paths of the TMF APIs this module serves. */
export const PARTY_API = '/tmf-api/party/v4';
export const CUSTOMER_API = '/tmf-api/customerManagement/v4';
export const INDIVIDUAL_PATH = `${PARTY_API}/individual`;
export const ORGANIZATION_PATH = `${PARTY_API}/organization`;
export const CUSTOMER_PATH = `${CUSTOMER_API}/customer`;
