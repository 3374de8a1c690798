import type { ContactMedium } from '../party/contact-medium.entity.js';
import type { Party } from '../party/party.entity.js';

/**
 * The shape of a party and its contact media as other libs read them through CustomerDirectory.
 * Types only: the entity classes stay in this lib, so no other lib can query its tables.
 */
export type PartyView = Party;
export type ContactMediumView = ContactMedium;
