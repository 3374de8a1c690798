import type { components, operations } from './schema';

/**
 * Helpers to derive the screens' types from the generated schema (`npm run api-types` writes it from
 * the committed OpenAPI document), so that a change on the server shows up as a type error here
 * instead of a screen quietly reading or sending a field that is gone.
 */

/** The document's named shapes (`Schemas['ProductOfferingView']`). */
export type Schemas = components['schemas'];

/** The query parameters (filters, sort, paging) an operation takes: `QueryOf<'Resource_list'>`. */
export type QueryOf<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;

/**
 * A list naming every value of a union that the schema declares (an enum), in the order the screens
 * show them. It does not compile when the list names a value the schema lacks or misses one the
 * schema has, so a status added on the server is not silently left off a screen:
 * `allOf<PriceType>()(['recurring', 'oneTime', 'usage'])`.
 */
export const allOf =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> })): L =>
    list;
