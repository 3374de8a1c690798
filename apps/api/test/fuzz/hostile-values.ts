import type { Rng } from './random.js';
import type { Schema } from './openapi.js';

/** JSON text placed verbatim where a value goes (what JSON.stringify cannot write, such as 1e400 and -0). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** Serialises a body that may hold RawJson values. */
export function toJsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RawJson) {
      raws.push(v.text);
      return `__fuzz_raw_${raws.length - 1}__`;
    }
    return v;
  });
  return raws.length ? text.replace(/"__fuzz_raw_(\d+)__"/g, (_m, i: string) => raws[Number(i)]) : text;
}

/** A short, printable form of a value for a failure report: escapes what is invisible, cuts what is long. */
export function preview(value: unknown): string {
  const text = value instanceof RawJson ? value.text : typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const shown = (typeof value === 'string' ? JSON.stringify(text.slice(0, 24)) : text.slice(0, 24)).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return text.length > 24 ? `${shown}…(${text.length} chars)` : shown;
}

export const HUGE_STRING_CHARS = 100_000;
export const DEEP_NESTING = 2_000;

/** 100 kB of text: plain ASCII, or two-byte letters (the byte and character counts then differ). */
export const hugeString = (rng: Rng) => (rng.chance(0.5) ? 'A'.repeat(HUGE_STRING_CHARS) : 'é'.repeat(HUGE_STRING_CHARS / 2));

/** JSON nested 2,000 deep, as objects or as arrays. */
export const deepNesting = (rng: Rng) =>
  rng.chance(0.5)
    ? new RawJson(`${'{"a":'.repeat(DEEP_NESTING)}1${'}'.repeat(DEEP_NESTING)}`)
    : new RawJson(`${'['.repeat(DEEP_NESTING)}${']'.repeat(DEEP_NESTING)}`);

/**
 * A string as long as the schema allows, counted the way the validator counts: 4-byte characters
 * count once but take two UTF-16 units, and variation selectors do not count at all, so the text
 * may hold more characters than the column was sized for.
 */
export const atMaxLength = (maxLength: number, rng: Rng) => rng.pick(['x', '😀', 'a\ufe0f', 'Я']).repeat(maxLength);

/** Integers past what the database's columns hold (INT, BIGINT) or JavaScript's numbers keep exactly. */
export const INT_OVERFLOWS = [2147483648, -2147483649, 4294967296, 9007199254740993n, 1e21, 99999999999999999999n].map((n) =>
  typeof n === 'bigint' ? new RawJson(String(n)) : n,
);

export const SQL_STRINGS = [
  "' OR 1=1 --",
  '1; DROP TABLE x',
  "'; DROP TABLE user; --",
  '" OR ""="',
  '1) OR (1=1',
  "\\'; SELECT SLEEP(5); --",
  '%',
  '_',
  '*',
  '1 UNION SELECT NULL--',
];

/** Strings that are valid JSON but not valid Unicode text (lone surrogates), or that stress encodings. */
export const UNICODE_STRINGS = ['\ud800', 'a\udc00b', '\udfff\ud800', 'x\ud83d', '😀😀😀', '\u0000', 'e\u0301\u202e\ufeff', '\uffff\ufffe'];

/** E-mail addresses with lone surrogates: the e-mail validator decodes, so they once reached it as URIError. */
export const SURROGATE_EMAILS = ['\ud800@example.com', 'maria\udfff.ivanova@example.com', 'a@exa\ud800mple.com', 'anna@example.com\udc00'];

/**
 * Path segments that must not name a record: traversal, non-canonical numbers, overflow, SQL,
 * broken percent-encodings (a lone surrogate in CESU-8, a stray %), and very long ids. All are
 * written as they go on the wire.
 */
export const PATH_IDS = [
  '../',
  '..%2f',
  '%2e%2e%2f',
  '%2e%2e',
  '0x1',
  '+1',
  '1e0',
  '1.0',
  '01',
  '%201',
  '-1',
  '0',
  '99999999999999999999',
  '2147483648',
  '1%00',
  '%ED%A0%80',
  '%FF',
  '%',
  `${encodeURIComponent("' OR 1=1 --")}`,
  encodeURIComponent('1; DROP TABLE x'),
  'x'.repeat(5_000),
  '1'.repeat(400),
  'null',
  'NaN',
  '1,2',
  '%7B%7D',
];

/** Query values as they go on the wire (broken percent-encodings cannot be built with encodeURIComponent). */
export const WIRE_QUERY_VALUES = ['%ED%A0%80', '%F0%9F', '%FF%FE', '%', '%zz', '%00'];

/** A value of another JSON type than the schema wants. */
export function wrongType(schema: Schema, rng: Rng): unknown {
  switch (schema.type) {
    case 'string':
      return rng.pick([12345, true, {}, [], ['x'], -0.5]);
    case 'integer':
    case 'number':
      return rng.pick(['1', 'abc', true, {}, [1], new RawJson('1e400'), new RawJson('-1e400')]);
    case 'boolean':
      return rng.pick(['true', 1, 0, 'yes', {}, []]);
    case 'array':
      return rng.pick([{}, 'a', 1, { 0: 'x', length: 1 }]);
    default:
      return rng.pick(['x', [], 1, true, [{}]]);
  }
}

/** A value of the right JSON type that breaks a documented rule (bounds, format, enum, length). */
export function badValue(schema: Schema, rng: Rng): unknown {
  switch (schema.type) {
    case 'integer':
    case 'number':
      return rng.pick([
        ...(schema.minimum !== undefined ? [schema.minimum - 1] : [-1]),
        ...(schema.maximum !== undefined ? [schema.maximum + 1] : []),
        0,
        1.5,
        2147483648,
        2 ** 53 + 2,
        1e21,
        new RawJson('1e308'),
        new RawJson('-0'),
        new RawJson('0.00000000000000000000001'),
      ]);
    case 'boolean':
      return rng.pick([null, 'false']);
    case 'array':
      return rng.pick([[null], [[]], [{}], Array.from({ length: (schema.maxItems ?? 100) + 1 }, (_v, i) => i + 1)]);
    case 'object':
      return rng.pick([
        { '': 'x' },
        { ['k'.repeat(300)]: 'x' },
        Object.fromEntries(Array.from({ length: 60 }, (_v, i) => [`k${i}`, 'x'])),
        { a: null },
      ]);
    default:
      if (schema.format === 'date-time')
        return rng.pick([
          'not-a-date',
          '2026-13-45T99:99:99Z',
          '2026-02-30T00:00:00Z',
          '0000-01-01T00:00:00Z',
          '+275760-09-13T00:00:00.001Z',
          '-000001-01-01T00:00:00Z',
          '2026-01-01',
          '1e12',
        ]);
      if (schema.format === 'email')
        return rng.pick(['a@', '@', 'plain', `${'a'.repeat(250)}@example.com`, 'a@b@c', '"a b"@example.com', 'a@[127.0.0.1]']);
      if (schema.enum) return rng.pick(['zzz', String(schema.enum[0]).toUpperCase(), ` ${String(schema.enum[0])}`, '']);
      return rng.pick(['', ' ', 'x'.repeat((schema.maxLength ?? 1000) + 1), '\t\n', 'a\u0007b', '   padded   ']);
  }
}
