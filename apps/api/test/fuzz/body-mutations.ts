import {
  atMaxLength,
  badValue,
  deepNesting,
  hugeString,
  INT_OVERFLOWS,
  preview,
  SQL_STRINGS,
  SURROGATE_EMAILS,
  toJsonText,
  UNICODE_STRINGS,
  wrongType,
} from './hostile-values.js';
import { BOUNDARY } from './multipart.js';
import { isJsonMediaType, type Schema } from './openapi.js';
import type { Baseline, PlanContext, RequestShape } from './request-shape.js';
import { REMOVE, type Slot, slotName, slotsOf, withSlot } from './valid-values.js';

/** A body mutation: its name, the body it sends, and the one status it must get if any. */
export interface BodyMutation {
  mutation: string;
  body: RequestShape['body'];
  expectStatus?: number;
}

type Maker = (ctx: PlanContext, base: JsonBase) => BodyMutation | undefined;

interface JsonBase {
  mediaTypes: string[];
  value: unknown;
  /** The body's schema, resolved. */
  schema: Schema;
  slots: Slot[];
  bodyLimitBytes: number;
}

const json = (ctx: PlanContext, base: JsonBase, value: unknown) => ({
  contentType: ctx.rng.pick(base.mediaTypes),
  payload: Buffer.from(toJsonText(value)),
});

/** Sets one slot (chosen among those `accept` allows) to what `make` returns. */
const atSlot =
  (name: string, accept: (slot: Slot) => boolean, make: (slot: Slot, ctx: PlanContext) => unknown): Maker =>
  (ctx, base) => {
    const slots = base.slots.filter(accept);
    if (!slots.length) return undefined;
    const slot = ctx.rng.pick(slots);
    const value = make(slot, ctx);
    return {
      mutation: `${name} ${slotName(slot.path)} = ${preview(value)}`,
      body: json(ctx, base, withSlot(base.value, slot.path, value)),
    };
  };

const isText = (slot: Slot) => slot.schema.type === 'string' && slot.schema.format !== 'binary';
const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * The mutations of a JSON body, by kind. Each kind yields one request per operation, on a slot
 * (field) chosen by the seed, so every operation meets every kind and the seed decides which field.
 */
export const JSON_BODY_MUTATIONS: Record<string, Maker> = {
  'missing-required': (ctx, base) => {
    const required = base.slots.filter((s) => s.required);
    if (!required.length)
      return isObject(base.value) && Object.keys(base.value).length
        ? { mutation: 'body.all-fields-missing', body: json(ctx, base, {}) }
        : undefined;
    const slot = ctx.rng.pick(required);
    return { mutation: `body.missing-required ${slotName(slot.path)}`, body: json(ctx, base, withSlot(base.value, slot.path, REMOVE)) };
  },
  'unknown-field': (ctx, base) => {
    const objects = [[], ...base.slots.filter((s) => isObject(valueAt(base.value, s.path))).map((s) => s.path)];
    const path = ctx.rng.pick(objects);
    const target = valueAt(base.value, path);
    if (!isObject(target)) return undefined;
    const name = ctx.rng.pick(['fuzzUnknown', 'id', 'href', '@type', 'version', 'password', 'isAdmin', '']);
    return {
      mutation: `body.unknown-field ${slotName([...path, name])}`,
      body: json(ctx, base, withSlot(base.value, [...path, name], ctx.rng.pick(['x', 1, true, null, { a: 1 }]))),
    };
  },
  'prototype-pollution': (ctx, base) => {
    if (!isObject(base.value)) return undefined;
    const text = toJsonText(base.value).replace(
      /^\{/,
      ctx.rng.pick(['{"__proto__":{"isAdmin":true},', '{"constructor":{"prototype":{"isAdmin":true}},']),
    );
    return {
      mutation: 'body.prototype-pollution',
      body: { contentType: base.mediaTypes[0], payload: Buffer.from(text.replace(/,\}$/, '}')) },
    };
  },
  'wrong-type': atSlot(
    'body.wrong-type',
    () => true,
    (slot, ctx) => wrongType(slot.schema, ctx.rng),
  ),
  'bad-value': atSlot(
    'body.bad-value',
    () => true,
    (slot, ctx) => badValue(slot.schema, ctx.rng),
  ),
  'null-field': atSlot(
    'body.null-field',
    () => true,
    () => null,
  ),
  'huge-string': atSlot('body.huge-string', isText, (_slot, ctx) => hugeString(ctx.rng)),
  unicode: atSlot('body.unicode', isText, (_slot, ctx) => ctx.rng.pick(UNICODE_STRINGS)),
  'surrogate-email': (ctx, base) => {
    // Any e-mail property of an object the body has, sent or not (optional ones are often left out).
    const objects = [
      { path: [] as (string | number)[], schema: base.schema },
      ...base.slots.filter((s) => isObject(valueAt(base.value, s.path))),
    ];
    const paths = objects.flatMap(({ path, schema }) =>
      Object.entries(schema.properties ?? {})
        .filter(([, property]) => ctx.resolver.resolve(property).format === 'email')
        .map(([name]) => [...path, name]),
    );
    if (!paths.length || !isObject(base.value)) return undefined;
    const path = ctx.rng.pick(paths);
    const email = ctx.rng.pick(SURROGATE_EMAILS);
    return {
      mutation: `body.surrogate-email ${slotName(path)} = ${preview(email)}`,
      body: json(ctx, base, withSlot(base.value, path, email)),
    };
  },
  sql: atSlot(
    'body.sql',
    () => true,
    (_slot, ctx) => ctx.rng.pick(SQL_STRINGS),
  ),
  'at-max-length': atSlot(
    'body.at-max-length',
    (slot) => isText(slot) && slot.schema.maxLength !== undefined && !slot.schema.enum,
    (slot, ctx) => atMaxLength(slot.schema.maxLength!, ctx.rng),
  ),
  'int-overflow': atSlot(
    'body.int-overflow',
    (slot) => slot.schema.type === 'integer' || slot.schema.type === 'number',
    (_slot, ctx) => ctx.rng.pick(INT_OVERFLOWS),
  ),
  'deep-nesting': (ctx, base) => {
    const slots = base.slots.filter((s) => s.schema.type === 'object' || s.schema.type === 'array' || s.schema.properties);
    const slot = slots.length ? ctx.rng.pick(slots) : base.slots.length ? ctx.rng.pick(base.slots) : undefined;
    if (!slot) return { mutation: 'body.deep-nesting (body)', body: json(ctx, base, deepNesting(ctx.rng)) };
    return {
      mutation: `body.deep-nesting ${slotName(slot.path)}`,
      body: json(ctx, base, withSlot(base.value, slot.path, deepNesting(ctx.rng))),
    };
  },
  'array-for-object': (ctx, base) => ({
    mutation: 'body.array-for-object',
    body: json(ctx, base, Array.isArray(base.value) ? { 0: base.value } : [base.value]),
  }),
  scalar: (ctx, base) => ({ mutation: 'body.scalar', body: json(ctx, base, ctx.rng.pick(['text', 42, true, ''])) }),
  'null-body': (ctx, base) => ({ mutation: 'body.null', body: json(ctx, base, null) }),
  'empty-body': (ctx, base) => ({ mutation: 'body.empty', body: { contentType: ctx.rng.pick(base.mediaTypes), payload: Buffer.alloc(0) } }),
  'malformed-json': (ctx, base) => {
    const text = ctx.rng.pick([
      '{"a":',
      "{'a':1}",
      '{"a":1,}',
      '\ufeff{}',
      '{"a":1}{"b":2}',
      'NaN',
      '{"a":"\\x41"}',
      '{"a":"\\ud800"',
      '[1,,2]',
    ]);
    return {
      mutation: `body.malformed-json ${JSON.stringify(text)}`,
      body: { contentType: ctx.rng.pick(base.mediaTypes), payload: Buffer.from(text) },
    };
  },
  'invalid-utf8': (ctx, base) => {
    // A string of bytes that are not UTF-8 (a CESU-8 lone surrogate, a stray continuation byte).
    const slots = base.slots.filter(isText);
    const marker = 'FUZZBYTES';
    const value = slots.length ? withSlot(base.value, ctx.rng.pick(slots).path, marker) : marker;
    const [before, after] = toJsonText(value).split(marker);
    return {
      mutation: 'body.invalid-utf8',
      body: {
        contentType: ctx.rng.pick(base.mediaTypes),
        payload: Buffer.concat([
          Buffer.from(before),
          Buffer.from(ctx.rng.pick([[0xed, 0xa0, 0x80], [0x80], [0xff, 0xfe], [0xc0, 0xaf]])),
          Buffer.from(after ?? ''),
        ]),
      },
    };
  },
  'content-type': (ctx, base) => {
    const text = toJsonText(base.value);
    const form = isObject(base.value)
      ? Object.entries(base.value)
          .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))}`)
          .join('&')
      : 'a=1';
    const [contentType, payload] = ctx.rng.pick<[string | undefined, string]>([
      ['text/plain', text],
      ['application/x-www-form-urlencoded', form],
      ['application/xml', '<?xml version="1.0"?><a>1</a>'],
      ['application/octet-stream', text],
      [
        `multipart/form-data; boundary=${BOUNDARY}`,
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--${BOUNDARY}--\r\n`,
      ],
      ['application/json; charset=utf-16', text],
      ['application/vnd.contactly+json', text],
      [undefined, text],
    ]);
    return { mutation: `body.content-type ${contentType ?? '(none)'}`, body: { contentType, payload: Buffer.from(payload) } };
  },
  oversize: (ctx, base) => {
    // Just over the body limit: the server must refuse it (413) before reading it whole.
    const padding = 'A'.repeat(base.bodyLimitBytes + 1024);
    return {
      mutation: 'body.oversize',
      body: json(ctx, base, isObject(base.value) ? { ...base.value, fuzzPadding: padding } : [padding]),
      expectStatus: 413,
    };
  },
};

/** The JSON mutations of a baseline, one per kind (`kinds` limits them). */
export function jsonBodyMutations(
  ctx: PlanContext,
  baseline: Baseline,
  mediaTypes: string[],
  bodyLimitBytes: number,
  kinds: string[],
): BodyMutation[] {
  if (!baseline.json) return [];
  const { value, schema } = baseline.json;
  const base: JsonBase = {
    mediaTypes: mediaTypes.filter(isJsonMediaType),
    value,
    schema: ctx.resolver.resolve(schema),
    slots: slotsOf(schema, value, ctx.resolver),
    bodyLimitBytes,
  };
  return kinds.flatMap((kind) => JSON_BODY_MUTATIONS[kind](ctx, base) ?? []);
}

/** A body where the operation documents none: the server must ignore or refuse it, never fail on it. */
export const unexpectedBody = (ctx: PlanContext): BodyMutation => ({
  mutation: 'body.unexpected',
  body: {
    contentType: 'application/json',
    payload: Buffer.from(toJsonText(ctx.rng.pick([{ fuzz: 1 }, [1, 2], deepNesting(ctx.rng), 'x'.repeat(100_000)]))),
  },
});

function valueAt(value: unknown, path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) current = (current as Record<string | number, unknown> | undefined)?.[key];
  return current;
}
