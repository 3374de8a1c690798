export * from './apply-list-query.js';
export * from './list-query.js';
export * from './list-query.decorator.js';
export * from './list-spec.js';
export * from './page.js';
export * from './total-cache.js';
