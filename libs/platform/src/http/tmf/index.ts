export * from './base-url.js';
export * from './tmf-resource.js';
export * from './tmf-resource-controller.js';
export * from './tmf-routes.js';
