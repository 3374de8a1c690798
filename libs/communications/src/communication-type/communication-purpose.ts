/**
 * Why a type of communication is sent, which decides who may get it: `service` messages (about the
 * customer's own contract, bills, works on the network) reach every customer who has an address;
 * `marketing` ones (offers, mass mailings, commercial surveys) only customers in good standing — not a
 * suspended or closed one. A new type is marketing until someone says otherwise: the cautious default.
 */
export const COMMUNICATION_PURPOSES = ['marketing', 'service'] as const;
export type CommunicationPurpose = (typeof COMMUNICATION_PURPOSES)[number];

export const DEFAULT_COMMUNICATION_PURPOSE: CommunicationPurpose = 'marketing';

/**
 * The seeded types that serve the customer (the ones the demo's service department and the agent
 * role send): personal (2), informational (3) and service (6) communications. Mass (1), survey (4)
 * and commercial survey (5) stay marketing.
 */
export const SEEDED_SERVICE_TYPE_IDS = [2, 3, 6] as const;

/** Customer statuses that receive service messages only. */
export const SERVICE_ONLY_CUSTOMER_STATUSES: readonly string[] = ['suspended', 'closed'];
