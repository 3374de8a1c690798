export * from './event-subscription.entity.js';
export * from './hub-registration.dto.js';
export * from './hub.controller.js';
export * from './hub.service.js';
