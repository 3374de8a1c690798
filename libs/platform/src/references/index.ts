export * from './reference-holders.js';
