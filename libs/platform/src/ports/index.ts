export * from './notifier/delegating.notifier.js';
export * from './notifier/dev-mailbox-message.entity.js';
export * from './notifier/dev-mailbox.notifier.js';
export * from './notifier/notifier.js';
export * from './payment-gateway/card-rules.js';
export * from './payment-gateway/payment-gateway.js';
export * from './payment-gateway/simulated-payment-gateway.js';
