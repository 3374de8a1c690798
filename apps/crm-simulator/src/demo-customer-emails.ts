/**
 * Emails of the demo customers that the API server seeds (libs/customers, `demoCustomer`), so that
 * about 30% of the simulated cases name a customer the hub can find. Mirrored rather than imported:
 * the simulator stands for external systems and must not load the server's libs.
 * `demo-customer-emails.spec.ts` fails if the two drift apart.
 *
 * Only the Latin-named individuals are mirrored (the others need the customers lib's transliteration),
 * which is still more than a hundred customers.
 */
const DEMO_CUSTOMER_COUNT = 200;
const GIVEN_NAMES = [
  'Maria',
  'James',
  'Olivia',
  'Liam',
  'Sofia',
  'Noah',
  'Emma',
  'Lucas',
  'Amelia',
  'Mateo',
  'Chloé',
  'Jürgen',
  'Zoë',
  'Søren',
  'Anaïs',
];
const FAMILY_NAMES = [
  'Smith',
  'García',
  'Müller',
  'Rossi',
  'Dubois',
  'Novak',
  "O'Brien",
  'Jensen',
  'Kowalski',
  'Silva',
  'Nakamura',
  'Andersson',
  'Costa',
  'Fischer',
  'Murphy',
];

/** The demo data makes every 5th customer an organization and every 3rd person Cyrillic-named. */
const isLatinIndividual = (i: number) => i % 5 !== 4 && i % 3 !== 2;

const localPart = (...names: string[]) =>
  names
    .join('.')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9.]+/g, '');

export const DEMO_CUSTOMER_EMAILS: readonly { index: number; email: string }[] = Array.from({ length: DEMO_CUSTOMER_COUNT }, (_, i) => i)
  .filter(isLatinIndividual)
  .map((i) => ({
    index: i,
    email: `${localPart(GIVEN_NAMES[i % GIVEN_NAMES.length], FAMILY_NAMES[Math.floor(i / 3) % FAMILY_NAMES.length])}${i}@mail.example`,
  }));
