export * from './base-url.js';
export * from './tmf-resource.js';
export * from './tmf-type.field.js';
