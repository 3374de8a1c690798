export * from './job-lease.entity.js';
export * from './lease.service.js';
