/** What the client list tells of a client that a template may use. */
export interface SampleClient {
  clientId: number;
  firstName: string | null;
  lastName: string | null;
  birthDate: string | null;
  email?: string | null;
  phone?: string | null;
}

/** The client attributes the preview reads (GET /api/v1/clients?clientId=…&fields=…). */
export const SAMPLE_CLIENT_FIELDS = ['clientId', 'firstName', 'lastName', 'birthDate', 'email', 'phone'] as const;

/**
 * The template values a send gives this client: their own attributes (as the server fills them per
 * recipient), then the common values of the compose page, which win. The full name is put together
 * from the names here; the server uses the name on the record, which is the same for people.
 */
export function sampleValuesFor(client: SampleClient, common: Readonly<Record<string, string>>): Record<string, string> {
  const values: Record<string, string> = { clientId: String(client.clientId) };
  const fullName = [client.firstName, client.lastName].filter(Boolean).join(' ');
  if (fullName) values.fullName = fullName;
  if (client.firstName) values.firstName = client.firstName;
  if (client.lastName) values.lastName = client.lastName;
  // The list answers a date-time; a template gets the date (YYYY-MM-DD), as a send fills it.
  if (client.birthDate) values.birthDate = client.birthDate.slice(0, 10);
  if (client.email) values.email = client.email;
  if (client.phone) values.phone = client.phone;
  return { ...values, ...common };
}

/** Variables every recipient brings (a send fills them from the client's record). */
export const CLIENT_VARIABLES: readonly string[] = ['clientId', 'firstName', 'lastName', 'fullName', 'birthDate', 'email', 'phone'];

/** The template's variables the compose page must give a value: those no client brings and no row names yet. */
export const variablesToGive = (templateVariables: readonly string[], given: readonly string[]): string[] =>
  templateVariables.filter((name) => !CLIENT_VARIABLES.includes(name) && !given.includes(name));
