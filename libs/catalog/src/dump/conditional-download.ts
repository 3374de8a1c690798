import type { IncomingHttpHeaders } from 'node:http';

/** `"<sha256>"`: a dump's bytes never change, so the ETag is strong. */
export const dumpEtag = (sha256: string) => `"${sha256}"`;

/**
 * Whether a conditional GET may be answered 304 (RFC 9110 §13.2.2): If-None-Match decides when
 * sent (a list of tags, weak ones compared weakly, or `*`); otherwise If-Modified-Since, at the
 * one-second precision of HTTP dates.
 */
export function notModified(headers: IncomingHttpHeaders, etag: string, lastModified: Date): boolean {
  const match = headers['if-none-match'];
  if (match !== undefined) {
    const tags = match.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag);
  }
  const since = headers['if-modified-since'];
  if (since === undefined) return false;
  const sinceMs = Date.parse(since);
  return !Number.isNaN(sinceMs) && Math.floor(lastModified.getTime() / 1000) * 1000 <= sinceMs;
}
