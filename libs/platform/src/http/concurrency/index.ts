export * from './conditional-read.js';
export * from './if-match.decorator.js';
export * from './versioned.js';
