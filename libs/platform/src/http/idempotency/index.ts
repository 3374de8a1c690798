export * from './idempotency-record.entity.js';
export * from './idempotency.store.js';
export * from './idempotent.interceptor.js';
