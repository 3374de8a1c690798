import type { FastifyReply, FastifyRequest } from 'fastify';

/** The validators of a representation: its entity tag (quoted) and when it last changed. */
export interface Validators {
  etag: string;
  lastModified: Date | null;
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * Whether a GET may be answered 304 (RFC 9110 §13.2.2): `If-None-Match` decides when present
 * (weak comparison, `*` matches anything); otherwise `If-Modified-Since`, at the second precision
 * of HTTP dates, when the representation is not newer than it.
 */
export function notModified(request: FastifyRequest, validators: Validators): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const noneMatch = request.headers['if-none-match'];
  if (noneMatch !== undefined) {
    const wanted = opaque(validators.etag);
    return noneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
  }
  const since = request.headers['if-modified-since'];
  if (since === undefined || !validators.lastModified) return false;
  const sinceMs = Date.parse(since);
  return !Number.isNaN(sinceMs) && Math.floor(validators.lastModified.getTime() / 1000) * 1000 <= sinceMs;
}

/** Sends the validators; true when the answer is then a bodiless 304. */
export function answerConditionally(request: FastifyRequest, reply: FastifyReply, validators: Validators): boolean {
  reply.header('ETag', validators.etag);
  if (validators.lastModified) reply.header('Last-Modified', validators.lastModified.toUTCString());
  if (!notModified(request, validators)) return false;
  reply.status(304);
  return true;
}
