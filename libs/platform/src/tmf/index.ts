// The TMF common schema (TMF630 / the `…Ref`, Money, TimePeriod, Characteristic, Note types every
// TMF API shares): DTOs with validation and OpenAPI metadata, views, and their mapping helpers.
export * from './characteristic.js';
export * from './entity-ref.js';
export * from './money.js';
export * from './money.dto.js';
export * from './note.js';
export * from './time-period.js';
export * from './tmf-markers.js';
export * from './tmf-type.field.js';
