import type { BodyMutation } from './body-mutations.js';
import { hugeString, SQL_STRINGS } from './hostile-values.js';
import { BOUNDARY, encodeMultipart, type MultipartPart } from './multipart.js';
import type { PlanContext } from './request-shape.js';

type Maker = (ctx: PlanContext, parts: MultipartPart[]) => BodyMutation | undefined;

const textParts = (parts: MultipartPart[]) => parts.filter((p) => p.filename === undefined);
const fileParts = (parts: MultipartPart[]) => parts.filter((p) => p.filename !== undefined);

/** Replaces the value of one text field. */
const field =
  (name: string, value: (ctx: PlanContext) => Buffer): Maker =>
  (ctx, parts) => {
    const texts = textParts(parts);
    if (!texts.length) return undefined;
    const target = ctx.rng.pick(texts);
    return {
      mutation: `${name} ${target.name}`,
      body: encodeMultipart(parts.map((p) => (p === target ? { ...p, value: value(ctx) } : p))),
    };
  };

/** Changes the file part. */
const file =
  (name: string, change: (part: MultipartPart, ctx: PlanContext) => Partial<MultipartPart>): Maker =>
  (ctx, parts) => {
    const files = fileParts(parts);
    if (!files.length) return undefined;
    const target = ctx.rng.pick(files);
    return { mutation: name, body: encodeMultipart(parts.map((p) => (p === target ? { ...p, ...change(p, ctx) } : p))) };
  };

/**
 * The mutations of a multipart/form-data body, by kind: broken framing, missing and unknown parts,
 * hostile field values and file names. The body limit does not apply to uploads (their own file
 * limits do, tens of MiB), so there is no oversize kind here.
 */
export const MULTIPART_MUTATIONS: Record<string, Maker> = {
  'missing-part': (ctx, parts) => {
    if (!parts.length) return undefined;
    const dropped = ctx.rng.pick(parts);
    return { mutation: `multipart.missing-part ${dropped.name}`, body: encodeMultipart(parts.filter((p) => p !== dropped)) };
  },
  'unknown-part': (_ctx, parts) => ({
    mutation: 'multipart.unknown-part',
    body: encodeMultipart([{ name: 'fuzzUnknown', value: Buffer.from('x') }, ...parts]),
  }),
  'duplicate-part': (ctx, parts) => {
    if (!parts.length) return undefined;
    const twice = ctx.rng.pick(parts);
    return { mutation: `multipart.duplicate-part ${twice.name}`, body: encodeMultipart([...parts, twice]) };
  },
  'huge-field': field('multipart.huge-field', (ctx) => Buffer.from(hugeString(ctx.rng))),
  'invalid-utf8-field': field('multipart.invalid-utf8-field', (ctx) =>
    Buffer.from(ctx.rng.pick([[0xed, 0xa0, 0x80], [0xff, 0xfe, 0x41], [0x80]])),
  ),
  'sql-field': field('multipart.sql-field', (ctx) => Buffer.from(ctx.rng.pick(SQL_STRINGS))),
  'empty-field': field('multipart.empty-field', () => Buffer.alloc(0)),
  'file-name': file('multipart.file-name', (_part, ctx) => ({
    filename: ctx.rng.pick(['../../etc/passwd', '', 'x'.repeat(5_000), 'a\u00ed\u00a0\u0080.mp3', 'con.mp3', 'a"b.mp3', '.mp3']),
  })),
  'file-type': file('multipart.file-type', (_part, ctx) => ({
    contentType: ctx.rng.pick(['application/x-msdownload', 'text/html', 'audio/', 'x', 'audio/mpeg; charset=\u00ff']),
  })),
  'empty-file': file('multipart.empty-file', () => ({ value: Buffer.alloc(0) })),
  truncated: (_ctx, parts) => {
    const whole = encodeMultipart(parts, { close: false }).payload;
    return {
      mutation: 'multipart.truncated',
      body: {
        contentType: `multipart/form-data; boundary=${BOUNDARY}`,
        payload: whole.subarray(0, Math.max(10, Math.floor(whole.length / 2))),
      },
    };
  },
  'no-boundary': (ctx, parts) => {
    const contentType = ctx.rng.pick([
      'multipart/form-data',
      'multipart/form-data; boundary=',
      `multipart/form-data; boundary=other${BOUNDARY}`,
      `multipart/form-data; boundary="${'b'.repeat(100)}"`,
    ]);
    return { mutation: `multipart.no-boundary ${contentType}`, body: { contentType, payload: encodeMultipart(parts).payload } };
  },
  'json-instead': (_ctx, parts) => ({
    mutation: 'multipart.json-instead',
    body: {
      contentType: 'application/json',
      payload: Buffer.from(JSON.stringify(Object.fromEntries(textParts(parts).map((p) => [p.name, p.value.toString()])))),
    },
  }),
  'empty-body': () => ({
    mutation: 'multipart.empty-body',
    body: { contentType: `multipart/form-data; boundary=${BOUNDARY}`, payload: Buffer.alloc(0) },
  }),
};
