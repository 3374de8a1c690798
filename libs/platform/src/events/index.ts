export * from './change-recorder.js';
export * from './event-feed.controller.js';
export * from './event-recorder.js';
export * from './outbox-event.entity.js';
export * from './outbox.repository.js';
export * from './tmf-event-names.js';
export * from './hub/index.js';
