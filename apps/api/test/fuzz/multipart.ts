import type { Schema } from './openapi.js';
import { validValue, type ValueContext } from './valid-values.js';

/** One part of a multipart/form-data body; values are bytes, so a part may carry invalid UTF-8. */
export interface MultipartPart {
  name: string;
  value: Buffer;
  filename?: string;
  contentType?: string;
}

export const BOUNDARY = 'fuzzBoundary7MA4YWxkTrZu0gW';

/** A small MP3 file (an ID3 header and one MPEG frame header): enough for a content sniffer to call it audio. */
const SMALL_MP3 = Buffer.concat([
  Buffer.from('ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000', 'latin1'),
  Buffer.from([0xff, 0xfb, 0x90, 0x64]),
  Buffer.alloc(400, 0),
]);

/** The valid parts of a multipart schema: text fields from their schemas, binary fields as a small file. */
export function partsOf(schema: Schema, ctx: ValueContext): MultipartPart[] {
  const resolved = ctx.resolver.resolve(schema);
  const required = new Set(resolved.required ?? []);
  const parts: MultipartPart[] = [];
  for (const [name, property] of Object.entries(resolved.properties ?? {})) {
    if (!required.has(name) && !ctx.rng.chance(0.5)) continue;
    const p = ctx.resolver.resolve(property);
    if (p.format === 'binary') parts.push({ name, value: SMALL_MP3, filename: 'fuzz.mp3', contentType: 'audio/mpeg' });
    else {
      // Enums of a multipart form name the kinds of file; the file above is audio.
      const value = p.enum?.includes('audio') ? 'audio' : validValue(p, ctx, name);
      parts.push({ name, value: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) });
    }
  }
  // The file last, as browsers send it after the text fields.
  return [...parts.filter((p) => !p.filename), ...parts.filter((p) => p.filename)];
}

/** Encodes parts as a multipart/form-data body. */
export function encodeMultipart(
  parts: MultipartPart[],
  options: { boundary?: string; close?: boolean } = {},
): { contentType: string; payload: Buffer } {
  const boundary = options.boundary ?? BOUNDARY;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ''}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.contentType ? `Content-Type: ${part.contentType}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head, 'latin1'), part.value, Buffer.from('\r\n'));
  }
  if (options.close ?? true) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${boundary}`, payload: Buffer.concat(chunks) };
}
