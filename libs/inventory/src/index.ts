export { InventoryModule } from './inventory.module.js';
export { InventorySettings } from './inventory.settings.js';
export { SubscriptionService } from './product/subscription.service.js';
export type { NewSubscription } from './product/subscription-input.js';
export type { ProductView } from './product/dto/product.dto.js';

export { INVENTORY_PERMISSIONS } from './inventory.permissions.js';
export { INVENTORY_ERRORS, type InventoryErrorCode } from './inventory-errors.js';
