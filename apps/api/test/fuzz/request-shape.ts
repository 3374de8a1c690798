import { toJsonText } from './hostile-values.js';
import type { KnownRecords } from './known-records.js';
import { encodeMultipart, type MultipartPart, partsOf } from './multipart.js';
import { type FuzzOperation, isJsonMediaType, type Schema, type SchemaResolver } from './openapi.js';
import type { Rng } from './random.js';
import { validValue } from './valid-values.js';

export type Principal = 'admin' | 'anonymous';

/** A request as it goes on the wire: every value already encoded, so mutations can write what encoders refuse. */
export interface RequestShape {
  /** Path segments by parameter name. */
  path: Record<string, string>;
  /** `name=value` pairs. */
  query: string[];
  headers: Record<string, string | string[]>;
  body?: { contentType?: string; payload: Buffer };
}

export interface PlannedRequest {
  operation: FuzzOperation;
  /** What was done to the valid request, e.g. `body.wrong-type email` or `path.id 0x1`. */
  mutation: string;
  shape: RequestShape;
  principals: Principal[];
  /** The one status that is right (the body limit's 413); otherwise any status below 500 is. */
  expectStatus?: number;
}

/** The valid request of an operation, and the valid body value its body mutations start from. */
export interface Baseline {
  shape: RequestShape;
  /** The JSON body value, or the multipart parts. */
  json?: { mediaType: string; value: unknown; schema: Schema };
  multipart?: MultipartPart[];
}

export interface PlanContext {
  resolver: SchemaResolver;
  records: KnownRecords;
  rng: Rng;
}

export function baselineOf(operation: FuzzOperation, ctx: PlanContext): Baseline {
  const path: Record<string, string> = {};
  for (const parameter of operation.pathParams) {
    const id = ctx.records.idFor(operation, parameter) ?? String(validValue(parameter.schema, ctx, parameter.name));
    path[parameter.name] = encodeURIComponent(id);
  }
  const query: string[] = [];
  for (const parameter of operation.queryParams) {
    // Optional filters now and then, so lists are also read with some of their filters set; only
    // those whose valid values the schema tells (free text such as `fields` has rules it does not).
    const schema = ctx.resolver.resolve(parameter.schema);
    const told = schema.example !== undefined || schema.enum || schema.default !== undefined || schema.format || schema.type !== 'string';
    if (parameter.required || (told && ctx.rng.chance(0.15)))
      query.push(queryPair(parameter.name, validValue(parameter.schema, ctx, parameter.name)));
  }
  const headers: Record<string, string | string[]> = {};
  for (const parameter of operation.headerParams) {
    if (parameter.required) headers[parameter.name] = String(validValue(parameter.schema, ctx, parameter.name));
  }
  const shape: RequestShape = { path, query, headers };
  if (!operation.body) return { shape };
  const jsonType = operation.body.mediaTypes.find(isJsonMediaType);
  if (jsonType) {
    const value = validValue(operation.body.schema, ctx);
    shape.body = { contentType: jsonType, payload: Buffer.from(toJsonText(value)) };
    return { shape, json: { mediaType: jsonType, value, schema: operation.body.schema } };
  }
  if (operation.body.mediaTypes.includes('multipart/form-data')) {
    const parts = partsOf(operation.body.schema, ctx);
    shape.body = encodeMultipart(parts);
    return { shape, multipart: parts };
  }
  return { shape };
}

export const queryPair = (name: string, value: unknown) =>
  `${encodeURIComponent(name)}=${encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value))}`;

/** The request line's target: the path template filled with the (wire) segments, and the query. */
export function targetOf(operation: FuzzOperation, shape: RequestShape): string {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_m, name: string) => shape.path[name] ?? '');
  return shape.query.length ? `${path}?${shape.query.join('&')}` : path;
}

/** A copy of a shape with some parts replaced (bodies and headers are never shared between requests). */
export const withShape = (shape: RequestShape, change: Partial<RequestShape>): RequestShape => ({
  path: { ...shape.path, ...change.path },
  query: change.query ?? [...shape.query],
  headers: change.headers ?? { ...shape.headers },
  body: 'body' in change ? change.body : shape.body,
});
