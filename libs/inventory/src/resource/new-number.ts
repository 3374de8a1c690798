import { DEFAULT_POOL, type NumberResource, type PortingState, type ResourceType } from './number-resource.entity.js';

/** What a number holds for nobody: no customer, reservation, subscription or aging (a free number's). */
export const UNHELD = { partyId: null, reservedUntil: null, subscriptionId: null, assignedAt: null, agingUntil: null } as const;

/** A new available number as its row is inserted (the repository adds the random key and the version). */
export function newNumberRow(
  resourceType: ResourceType,
  value: string,
  now: Date,
  extra: {
    pool?: string;
    portedIn?: boolean;
    donorOperator?: string | null;
    portingState?: PortingState | null;
    importId?: string | null;
  } = {},
): Omit<NumberResource, 'id' | 'version' | 'randomKey'> {
  return {
    resourceType,
    value,
    pool: extra.pool ?? DEFAULT_POOL,
    status: 'available',
    statusDate: now,
    ...UNHELD,
    portedIn: extra.portedIn ?? false,
    donorOperator: extra.donorOperator ?? null,
    portingState: extra.portingState ?? null,
    importId: extra.importId ?? null,
    createdAt: now,
    updatedAt: now,
  };
}
