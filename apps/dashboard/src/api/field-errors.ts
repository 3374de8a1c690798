import { translateNow } from '../i18n/i18n-provider';
import type { FieldProblem } from './api-error';
import { serverPhrase } from './server-phrases';

/** A translate function (react-admin's useTranslate, or translateNow outside React). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The server's field problems by field path (`birthDate`, `contactMedium[1].characteristic.phoneNumber`),
 * several joined, each in the user's language where it is a common one (shown at the field, whose label names it).
 */
export function fieldErrorMap(
  details: readonly FieldProblem[],
  rename: (field: string) => string = (field) => field,
): Record<string, string> {
  const map: Record<string, string> = {};
  for (const problem of details) {
    const key = rename(problem.field);
    const message = serverPhrase(problem.message, translateNow);
    map[key] = map[key] ? `${map[key]}; ${message}` : message;
  }
  return map;
}

/** `contactMedium[4].characteristic.phoneNumber` (or `contactMedium.4.…`) → its names and list positions. */
function segmentsOf(path: string): string[] {
  return path
    .replace(/\[(\w+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
}

const isIndex = (segment: string) => /^\d+$/.test(segment);

/** `sendChannelTypeId` → `Send channel type`: what a field is called when no catalogue names it. */
export function humanise(name: string): string {
  const words = name
    .replace(/Id$/, '')
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : name;
}

/**
 * A field path of the API in the user's words: the field's label (`contactly.fields.<name>`, else
 * its name made readable) and, for a field inside a list, which item (`contactly.fields.item.<list>`,
 * counted from 1). `contactMedium[4].characteristic.phoneNumber` → "Phone number (contact 5)".
 * Never the raw path.
 */
export function fieldLabel(path: string, translate: Translate = translateNow): string {
  // A file's refused line (a number import names `line 7`).
  const line = /^line (\d+)$/.exec(path);
  if (line) return translate('contactly.fields.line', { n: line[1], _: `Line ${line[1]}` });
  const segments = segmentsOf(path);
  const named = segments.filter((segment) => !isIndex(segment) && segment !== 'characteristic');
  const name = named.at(-1) ?? path;
  const label = translate(`contactly.fields.${name}`, { _: humanise(name) });
  const items = segments.flatMap((segment, index) => {
    const list = segments[index - 1];
    if (!isIndex(segment) || !list || isIndex(list) || list === name) return [];
    const n = Number(segment) + 1;
    return [translate(`contactly.fields.item.${list}`, { n, _: translate('contactly.fields.item._other', { n, _: `item ${n}` }) })];
  });
  return items.length ? `${label} (${items.join(', ')})` : label;
}

/** One refused field in words: "Phone number (contact 5): must be a valid phone number". */
export function describeFieldProblem({ field, message }: FieldProblem, translate: Translate = translateNow): string {
  const said = serverPhrase(message, translate);
  return field ? `${fieldLabel(field, translate)}: ${said}` : said;
}

/** Several refused fields in words, one sentence each. */
export const describeFieldProblems = (details: readonly FieldProblem[], translate: Translate = translateNow): string =>
  details.map((problem) => describeFieldProblem(problem, translate)).join('; ');
