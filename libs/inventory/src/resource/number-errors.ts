import { conflict, notFound } from '@contactly/platform';
import { INVENTORY_ERRORS } from '../inventory-errors.js';
import type { NumberResource } from './number-resource.entity.js';

/** 409 naming the number and where it stands (reserved, assigned, aging or ported out). */
export function notAvailable(row: NumberResource) {
  return conflict(
    INVENTORY_ERRORS.NUMBER_NOT_AVAILABLE,
    `${row.resourceType.toUpperCase()} ${row.value} is ${row.status}: it is not available`,
    {
      resourceId: String(row.id),
      value: row.value,
      status: row.status,
    },
  );
}

export const resourceNotFound = (id: number | string) => notFound(INVENTORY_ERRORS.RESOURCE_NOT_FOUND, `Resource ${id} does not exist`);
