export * from './app-config.js';
export * from './database-url.js';
export { boolean, byteSize, ConfigError, integer, list, oneOf, type Parser, positiveNumber, text, url } from './env-parsers.js';
export * from './settings.js';
