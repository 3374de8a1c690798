import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of an OpenAPI 3 schema object that the server's document uses. */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  maxProperties?: number;
  pattern?: string;
  example?: unknown;
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface OperationObject {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
  security?: Record<string, string[]>[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, Schema> };
}

/** One operation of the document, as the fuzzer needs it. */
export interface FuzzOperation {
  method: string;
  /** The path template, e.g. `/api/v1/users/{id}`. */
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  headerParams: Parameter[];
  /** The document requires credentials (and offers no anonymous alternative). */
  requiresAuth: boolean;
  /** Documented request body media types (JSON ones, merge-patch, multipart) and their schema. */
  body?: { mediaTypes: string[]; schema: Schema; required: boolean };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

export function loadDocument(repoRoot: string): OpenApiDocument {
  return JSON.parse(readFileSync(join(repoRoot, 'openapi.json'), 'utf8')) as OpenApiDocument;
}

/** Every operation of the document, in document order. */
export function operationsOf(document: OpenApiDocument): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const parameters = operation.parameters ?? [];
      const content = operation.requestBody?.content ?? {};
      const mediaTypes = Object.keys(content);
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        headerParams: parameters.filter((p) => p.in === 'header'),
        requiresAuth: !!operation.security?.length && operation.security.every((requirement) => Object.keys(requirement).length > 0),
        body: mediaTypes.length
          ? { mediaTypes, schema: content[mediaTypes[0]].schema ?? {}, required: operation.requestBody?.required ?? false }
          : undefined,
      });
    }
  }
  return operations;
}

/**
 * Schemas with their `$ref`s followed and `allOf`s merged, one level at a time (nested properties
 * are resolved when they are visited, so recursive schemas cannot loop).
 */
export class SchemaResolver {
  constructor(private readonly document: OpenApiDocument) {}

  resolve(schema: Schema | undefined): Schema {
    if (!schema) return {};
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      const target = this.document.components.schemas[name];
      if (!target) throw new Error(`openapi.json: unresolved $ref ${schema.$ref}`);
      const { $ref: _ref, ...rest } = schema;
      return { ...this.resolve(target), ...rest };
    }
    if (schema.allOf) {
      const { allOf, ...own } = schema;
      const merged: Schema = {};
      for (const part of allOf.map((p) => this.resolve(p))) {
        Object.assign(merged, part, {
          properties: { ...merged.properties, ...part.properties },
          required: [...(merged.required ?? []), ...(part.required ?? [])],
        });
      }
      return { ...merged, ...own };
    }
    return schema;
  }

  /** True when the schema, or one nested in it, has a property of the given format. */
  hasFormat(schema: Schema | undefined, format: string, depth = 0): boolean {
    const resolved = this.resolve(schema);
    if (resolved.format === format) return true;
    if (depth > 6) return false;
    const children = [
      ...Object.values(resolved.properties ?? {}),
      ...(resolved.items ? [resolved.items] : []),
      ...(typeof resolved.additionalProperties === 'object' ? [resolved.additionalProperties] : []),
    ];
    return children.some((child) => this.hasFormat(child, format, depth + 1));
  }
}

export const isJsonMediaType = (mediaType: string) => /^application\/([a-z.+-]+\+)?json$/i.test(mediaType);
