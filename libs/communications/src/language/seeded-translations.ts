import { SEEDED_BOOKING_STATUS_TYPES, SEEDED_COMMUNICATION_TYPES, SEEDED_SEND_CHANNEL_TYPES } from '../migrations/catalog-seeds.js';

/** A seeded record's own (Russian) name, and its text in English. */
export interface SeededTranslation {
  id: number;
  name: string;
  en: Record<string, string>;
}

/** English as the English version of the requirement document (communications-platform.en.md) words it. */
const english = <T extends { id: number; name: string }>(rows: readonly T[], en: Record<number, Record<string, string>>) =>
  rows.map((row) => ({ id: row.id, name: row.name, en: en[row.id] }));

export const SEEDED_CATALOG_TRANSLATIONS: Record<string, SeededTranslation[]> = {
  communication_type: english(SEEDED_COMMUNICATION_TYPES, {
    1: { name: 'Mass communication', description: 'Used for mass communication with clients' },
    2: { name: 'Personal communication', description: 'Used for personal communication with a client' },
    3: { name: 'Informational communication', description: 'Used to inform clients' },
    4: { name: 'Survey', description: 'Used to survey how a client feels' },
    5: { name: 'Commercial survey', description: 'Used to survey how a client feels, for a commercial purpose' },
    6: { name: 'Service communication', description: 'Used for service communication with clients' },
  }),
  send_channel_type: english(SEEDED_SEND_CHANNEL_TYPES, {
    1: { name: 'SMS', description: 'A short text message to the client’s phone' },
    2: { name: 'Messenger', description: 'A short text message to the client’s messenger' },
    3: { name: 'Email', description: 'An email' },
    4: { name: 'Push', description: 'A push message' },
    5: { name: 'Social', description: 'A message on the client’s social network' },
  }),
  booking_status_type: english(SEEDED_BOOKING_STATUS_TYPES, {
    1: { name: 'Booked', description: 'Booked for the whole time limit.' },
    2: { name: 'Cancelled', description: 'The booking is cancelled; the client is free.' },
    3: { name: 'Completed', description: 'The booking’s communication is done; the client is free.' },
  }),
};

/** The demo organisation's records (demo/communications-demo-data.ts), by their own name. */
export const DEMO_TRANSLATIONS = {
  company: { description: 'Telecom operator: sales, service, marketing' },
  marketing: { name: 'Marketing', description: 'Mailings, surveys and promotions' },
  service: { name: 'Customer service', description: 'Service and informational messages' },
  mainRule: { name: 'Main rule', description: 'No mailings at night, at most two SMS a week' },
  serviceRule: { name: 'Service messages' },
  surveyInvitation: {
    name: 'Survey invitation',
    subject: '{{firstName}}, tell us about us',
    body: 'Hello, {{firstName}}! Please answer three questions about our service.',
  },
  maintenance: { name: 'Planned maintenance', body: 'The service may be interrupted on Saturday night. We apologise.' },
} as const;
