export * from './code-point-length.js';
export * from './fields.js';
export * from './parse-id.pipe.js';
export * from './validation.pipe.js';
