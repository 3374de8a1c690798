import type { Rng } from './random.js';
import type { Schema, SchemaResolver } from './openapi.js';

/** What a valid value is built with: the schemas, the seed, and the records that exist. */
export interface ValueContext {
  resolver: SchemaResolver;
  rng: Rng;
  records?: { idForField(name: string): number | undefined };
}

/** Names the server keeps unique (a second create with the example would only meet "name taken"). */
const UNIQUE_NAMES = /^(name|code|username|title|tradingName)$/;
/** The keys of a reference to another record (TMF `{id, href, @referredType}`, `{id, name}`). */
const REFERENCE_KEYS = new Set(['id', 'name', 'href', 'role', '@type', '@referredType', '@baseType', '@schemaLocation']);

/**
 * A plausible valid value for a schema: the documented example or default when there is one (they
 * are realistic and pass the server's own checks), else a value built from the type, format,
 * enum and bounds. A few adjustments keep valid requests valid after the first: an id field
 * (`departmentId`, `clientIds`) names a record the fuzz has seen, unique names get a suffix, and
 * dates lie ahead (deadlines must be in the future) except birth dates. Optional properties are
 * included at random, so different seeds reach different shapes. The fuzzer mutates these values
 * one thing at a time.
 */
export function validValue(schema: Schema | undefined, ctx: ValueContext, name = '', depth = 0): unknown {
  const s = ctx.resolver.resolve(schema);
  if ((s.type === 'integer' || s.type === 'number') && /Ids?$/.test(name)) {
    const known = ctx.records?.idForField(name);
    if (known !== undefined) return known;
  }
  if (s.type === 'array' && /Ids$/.test(name) && ctx.records?.idForField(name) !== undefined)
    return [validValue(s.items, ctx, name, depth + 1)];
  if (s.format === 'date-time' && !/birth/i.test(name)) return new Date(Date.now() + (30 + ctx.rng.int(300)) * 86_400_000).toISOString();
  if (s.example !== undefined) return typeof s.example === 'string' ? unique(s.example, s, name, ctx.rng) : structuredClone(s.example);
  if (s.default !== undefined) return structuredClone(s.default);
  if (s.enum?.length) return ctx.rng.pick(s.enum);
  switch (s.type) {
    case 'string':
      return unique(validString(s, ctx.rng), s, name, ctx.rng);
    case 'integer':
    case 'number':
      return Math.min(Math.max(1, s.minimum ?? 1), s.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return true;
    case 'array': {
      if (depth > 5) return [];
      const count = Math.max(1, s.minItems ?? 0);
      return Array.from({ length: count }, () => validValue(s.items, ctx, name, depth + 1));
    }
    default:
      return validObject(s, ctx, depth);
  }
}

function validObject(s: Schema, ctx: ValueContext, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (depth > 5) return out;
  const required = new Set(s.required ?? []);
  // A reference (`{id}`, `{name}`, `{id, name}`) names an existing record: its name stays as documented.
  const reference = Object.keys(s.properties ?? {}).every((key) => REFERENCE_KEYS.has(key));
  for (const [name, property] of Object.entries(s.properties ?? {})) {
    if (required.has(name) || ctx.rng.chance(0.5)) out[name] = validValue(property, ctx, reference ? `ref.${name}` : name, depth + 1);
  }
  if (typeof s.additionalProperties === 'object' && !s.properties)
    out[`k${ctx.rng.word(4)}`] = validValue(s.additionalProperties, ctx, '', depth + 1);
  return out;
}

function validString(s: Schema, rng: Rng): string {
  let value: string;
  if (s.format === 'email') value = `fuzz.${rng.word(8)}@example.com`;
  else if (s.format === 'password') value = `Fuzz-Pass-${rng.word(10)}`;
  else if (s.format === 'binary') value = 'fuzz file content';
  else value = `fuzz-${rng.word(8)}`;
  const min = s.minLength ?? 0;
  if (value.length < min) value = value.padEnd(min, 'x');
  return s.maxLength !== undefined ? value.slice(0, Math.max(s.maxLength, min)) : value;
}

/** A unique name stays valid with a suffix when its length and pattern allow one. */
function unique(value: string, s: Schema, name: string, rng: Rng): string {
  if (!UNIQUE_NAMES.test(name) || s.enum || s.format) return value;
  const suffixed = `${value}-${rng.word(5)}`;
  if (s.maxLength !== undefined && suffixed.length > s.maxLength) return value;
  if (s.pattern && !new RegExp(s.pattern, 'u').test(suffixed)) return value;
  return suffixed;
}

/** A place in a JSON value that the schema describes: a property, an array item or a map entry. */
export interface Slot {
  path: (string | number)[];
  schema: Schema;
  /** The property is in its object's `required` list. */
  required: boolean;
}

/** Every slot of a valid value, nested ones included (array items through their first element). */
export function slotsOf(
  schema: Schema | undefined,
  value: unknown,
  resolver: SchemaResolver,
  path: (string | number)[] = [],
  depth = 0,
): Slot[] {
  const s = resolver.resolve(schema);
  if (depth > 6 || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) {
    if (!value.length || !s.items) return [];
    const items = resolver.resolve(s.items);
    return [{ path: [...path, 0], schema: items, required: false }, ...slotsOf(items, value[0], resolver, [...path, 0], depth + 1)];
  }
  const required = new Set(s.required ?? []);
  const slots: Slot[] = [];
  for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
    const declared = s.properties?.[name] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
    if (!declared) continue;
    const resolved = resolver.resolve(declared);
    slots.push({ path: [...path, name], schema: resolved, required: required.has(name) });
    slots.push(...slotsOf(resolved, child, resolver, [...path, name], depth + 1));
  }
  return slots;
}

/** A copy of `value` with the slot at `path` set to `replacement` (or removed when it is `REMOVE`). */
export function withSlot(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (replacement === REMOVE) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

export const REMOVE = Symbol('remove');

export const slotName = (path: (string | number)[]) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : p))
    .join('.')
    .replace(/\.\[/g, '[') || '(body)';
