/** The customer 360 page of a customer, optionally at one of its tabs. */
export const customerPath = (id: string | number, tab?: string): string =>
  `/customers/${encodeURIComponent(String(id))}${tab ? `/${encodeURIComponent(tab)}` : ''}`;

export const CUSTOMERS_PATH = '/customers';
export const NEW_CUSTOMER_PATH = '/customers/create';
