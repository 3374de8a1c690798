import { type CharacteristicView, stringCharacteristic, tmfHref } from '@contactly/platform';
import type { NumberState } from './number-process.js';
import type { NumberResource, ResourceType } from './number-resource.entity.js';
import { RESOURCE_PATH } from './resource-paths.js';
import type { ResourceView } from './dto/resource.view.js';

const PRODUCT_PATH = '/tmf-api/productInventory/v4/product';
const CUSTOMER_PATH = '/tmf-api/customerManagement/v4/customer';

/** An MSISDN is a logical resource (a value); a SIM card, named by its ICCID, is physical. */
export const tmfTypeOf = (type: ResourceType) => (type === 'msisdn' ? 'LogicalResource' : 'PhysicalResource');

/** TMF639's resourceStatus has no assigned, aging or ported out: the nearest of its values. */
const TMF_STATUS: Record<NumberState, string> = {
  available: 'available',
  reserved: 'reserved',
  assigned: 'reserved',
  aging: 'standby',
  portedOut: 'suspended',
};

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** TMF639 Resource of a number, from the stored row only (no joins), so events and lists build it alike. */
export function toResourceView(row: NumberResource, baseUrl: string): ResourceView {
  const characteristics: CharacteristicView[] = [stringCharacteristic(row.resourceType, row.value)];
  if (row.portedIn) characteristics.push(stringCharacteristic('portedIn', 'true'));
  if (row.donorOperator) characteristics.push(stringCharacteristic('donorOperator', row.donorOperator));
  if (row.portingState) characteristics.push(stringCharacteristic('portingState', row.portingState));
  const partyRole = row.status === 'assigned' ? 'user' : 'reservedFor';
  return {
    id: String(row.id),
    href: tmfHref(baseUrl, RESOURCE_PATH, row.id),
    name: row.value,
    resourceType: row.resourceType,
    value: row.value,
    category: row.pool,
    status: row.status,
    resourceStatus: TMF_STATUS[row.status],
    usageState: row.status === 'assigned' ? 'active' : 'idle',
    statusDate: row.statusDate.toISOString(),
    reservedUntil: iso(row.reservedUntil),
    agingUntil: iso(row.agingUntil),
    portedIn: row.portedIn,
    donorOperator: row.donorOperator,
    portingState: row.portingState,
    resourceCharacteristic: characteristics,
    resourceSpecification: { id: row.resourceType, name: row.resourceType.toUpperCase(), '@type': 'ResourceSpecificationRef' },
    relatedParty:
      row.partyId === null
        ? []
        : [
            {
              id: String(row.partyId),
              href: tmfHref(baseUrl, CUSTOMER_PATH, row.partyId),
              name: String(row.partyId),
              '@referredType': 'Customer',
              role: partyRole,
            },
          ],
    product:
      row.subscriptionId === null
        ? null
        : { id: String(row.subscriptionId), href: tmfHref(baseUrl, PRODUCT_PATH, row.subscriptionId), '@referredType': 'Product' },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    '@type': tmfTypeOf(row.resourceType),
  };
}
