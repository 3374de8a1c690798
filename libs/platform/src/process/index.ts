export * from './invalid-process-declaration.js';
export * from './invalid-state-transition.js';
export * from './process-declaration.js';
export * from './state-history.entity.js';
export * from './state-history.repository.js';
export * from './state-machine.js';
export * from './state-transition-recorder.js';
