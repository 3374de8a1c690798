export * from './configure-app.js';
export * from './contributions.js';
export * from './request-id.js';
export * from './security-headers.js';
export * from './spa-hosting.js';
