export * from './audit-diff.js';
export * from './audit-entry.entity.js';
export * from './audit-recorder.js';
export * from './audit.repository.js';
