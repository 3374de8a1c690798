export * from './app-config.js';
export * from './database-url.js';
export { ConfigError } from './env-parsers.js';
