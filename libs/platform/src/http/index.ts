export * from './concurrency/index.js';
export * from './conventions.js';
export * from './errors/index.js';
export * from './idempotency/index.js';
export * from './list/index.js';
export * from './tmf/index.js';
export * from './validation/index.js';
export * from './language/message-language.js';
