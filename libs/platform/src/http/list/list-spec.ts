/** `id` is a numeric key that TMF clients send as a string: a non-numeric value matches nothing. */
export type ListFieldType = 'string' | 'int' | 'id' | 'number' | 'boolean' | 'date' | 'enum';

export interface ListField {
  /** The query-builder expression, e.g. `u.username`. */
  column: string;
  type: ListFieldType;
  /** Allowed values of an `enum` field. */
  values?: readonly string[];
  /** Whether `?field=` filtering is offered (default true). */
  filter?: boolean;
  /** Whether `sort=field` is offered (default true). */
  sort?: boolean;
}

/** What a list endpoint offers: its filterable/sortable attributes and the attributes `fields` may name. */
export interface ListSpec {
  fields: Record<string, ListField>;
  /** Output attributes that `fields=` may select (defaults to the keys of `fields`). */
  selectable?: readonly string[];
  /** Default order, e.g. `-createdAt`; the id always breaks ties. */
  defaultSort: string;
  /** Query parameters the endpoint handles itself (e.g. `q`), not treated as filters. */
  extraParams?: readonly string[];
  /** What each extra parameter does, for the OpenAPI document. */
  extraParamDescriptions?: Record<string, string>;
  /** The id expression used as the final tie-breaker. */
  idColumn: string;
}

export const LIST_DEFAULT_LIMIT = 20;
export const LIST_MAX_LIMIT = 1000;
