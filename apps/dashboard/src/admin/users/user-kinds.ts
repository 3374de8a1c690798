import type { User } from '../api-types';

type Choice = { id: User['kind']; name: string };

// Names are message keys: react-admin's choice inputs translate them.
const STAFF: Choice = { id: 'staff', name: 'contactly.admin.kind.staff' };
const AFFILIATE: Choice = { id: 'affiliate', name: 'contactly.admin.kind.affiliate' };
const CUSTOMER: Choice = { id: 'customer', name: 'contactly.admin.kind.customer' };

export const USER_KIND_CHOICES: Choice[] = [STAFF, AFFILIATE, CUSTOMER];

/** Customers get their user through self-registration, with their customer record; not here. */
export const CREATABLE_USER_KIND_CHOICES: Choice[] = [STAFF, AFFILIATE];
