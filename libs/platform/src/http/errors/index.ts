export * from './domain-error.js';
export * from './error-body.js';
export * from './error-response.js';
export * from './global-error.filter.js';
export * from './api-errors.decorator.js';
export * from './platform-errors.js';
