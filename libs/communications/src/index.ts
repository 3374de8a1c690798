export { CommunicationsModule } from './communications.module.js';
export { DEFAULT_UPLOAD_LIMITS, DocumentUploadLimits } from './document/upload-limits.js';
export {
  BOOKED_STATUS_NAME,
  SEEDED_BOOKING_STATUS_TYPES,
  SEEDED_COMMUNICATION_TYPES,
  SEEDED_SEND_CHANNEL_TYPES,
} from './migrations/catalog-seeds.js';
export { COMMUNICATION_STATUSES, type CommunicationStatus } from './communication/communication-status.js';
export { signReceipt } from './delivery/receipt-signature.js';
export { CommunicationDispatcher } from './dispatch/communication-dispatcher.js';
export { COMMUNICATIONS_ERRORS, type CommunicationsErrorCode } from './communications-errors.js';

export { CommunicationsSettings, type HttpProviderSettings } from './communications.settings.js';
export { COMMUNICATIONS_PERMISSIONS } from './communications.permissions.js';
