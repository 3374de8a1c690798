export * from './base-url.js';
export * from './tmf-resource.js';
