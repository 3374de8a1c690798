import type { User } from '../api-types';

type Choice = { id: User['kind']; name: string };

const STAFF: Choice = { id: 'staff', name: 'Staff' };
const AFFILIATE: Choice = { id: 'affiliate', name: 'Affiliate API client' };
const CUSTOMER: Choice = { id: 'customer', name: 'Customer' };

export const USER_KIND_CHOICES: Choice[] = [STAFF, AFFILIATE, CUSTOMER];

/** Customers get their user through self-registration, with their customer record; not here. */
export const CREATABLE_USER_KIND_CHOICES: Choice[] = [STAFF, AFFILIATE];
