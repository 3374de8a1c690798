import { rowIdOf } from '@contactly/platform';

/**
 * The numeric id a TMF reference names (`{id: "42"}`), or -1 when it cannot name one of our rows:
 * such a reference then simply matches nothing and is reported as not found.
 */
export const refId = rowIdOf;
