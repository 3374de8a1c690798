export * from './idempotency-record.entity.js';
export * from './idempotency.store.js';
export * from './idempotent.interceptor.js';
export * from './unsettled-claims.js';
