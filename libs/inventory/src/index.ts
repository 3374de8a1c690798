export { InventoryModule } from './inventory.module.js';
export { InventorySettings } from './inventory.settings.js';

export { INVENTORY_PERMISSIONS } from './inventory.permissions.js';
export { INVENTORY_ERRORS, type InventoryErrorCode } from './inventory-errors.js';
