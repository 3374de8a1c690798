/** Base path of TMF670 Payment Method Management and its collection. */
export const PAYMENT_METHOD_API = '/tmf-api/paymentMethod/v4';
export const PAYMENT_METHOD_PATH = `${PAYMENT_METHOD_API}/paymentMethod`;
