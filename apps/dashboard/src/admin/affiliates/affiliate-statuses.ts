import type { Affiliate } from '../api-types';

export const AFFILIATE_STATUS_CHOICES: { id: Affiliate['status']; name: string }[] = [
  { id: 'active', name: 'Active' },
  { id: 'suspended', name: 'Suspended (its credentials stop working)' },
];
