import type { Affiliate } from '../api-types';

export const AFFILIATE_STATUS_CHOICES: { id: Affiliate['status']; name: string }[] = [
  // Message keys: react-admin's choice inputs translate them.
  { id: 'active', name: 'contactly.admin.affiliates.status.active' },
  { id: 'suspended', name: 'contactly.admin.affiliates.status_suspended_choice' },
];
