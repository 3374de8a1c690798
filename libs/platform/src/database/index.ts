export * from './column-types.js';
export * from './data-source-options.js';
export * from './database.js';
export * from './migration-columns.js';
export * from './like.js';
export * from './optimistic.js';
export * from './prepare-database.js';
export * from './unique-violation.js';
export { PlatformTables1764000000000 } from './migrations/1764000000000-platform-tables.js';
