/** A piece of a message body: plain text, a one-time code, or a link. */
export type BodyPart = { kind: 'text'; text: string } | { kind: 'code'; text: string } | { kind: 'link'; text: string };

const TOKENS = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]])|(?<![\d-])(\d{6})(?![\d-])/g;

/** Splits a message body so that one-time codes and links can be shown as such. */
export function bodyParts(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let at = 0;
  for (const match of body.matchAll(TOKENS)) {
    const index = match.index ?? 0;
    if (index > at) parts.push({ kind: 'text', text: body.slice(at, index) });
    parts.push(match[1] ? { kind: 'link', text: match[1] } : { kind: 'code', text: match[2] });
    at = index + match[0].length;
  }
  if (at < body.length) parts.push({ kind: 'text', text: body.slice(at) });
  return parts;
}

/** The one-time codes and links of a message, for the glance column. */
export function highlights(body: string): { codes: string[]; links: string[] } {
  const parts = bodyParts(body);
  return {
    codes: parts.filter((p) => p.kind === 'code').map((p) => p.text),
    links: parts.filter((p) => p.kind === 'link').map((p) => p.text),
  };
}
