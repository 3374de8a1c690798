import type { FastifyRequest } from 'fastify';
import { notModified } from './conditional-read.js';

const request = (headers: Record<string, string>, method = 'GET') => ({ method, headers }) as unknown as FastifyRequest;
const at = new Date('2026-05-04T10:00:00.500Z');
const validators = { etag: '"3"', lastModified: at };

describe('notModified', () => {
  it('matches If-None-Match weakly, in a list, or *', () => {
    expect(notModified(request({ 'if-none-match': '"3"' }), validators)).toBe(true);
    expect(notModified(request({ 'if-none-match': 'W/"3"' }), validators)).toBe(true);
    expect(notModified(request({ 'if-none-match': '"1", "3"' }), validators)).toBe(true);
    expect(notModified(request({ 'if-none-match': '*' }), validators)).toBe(true);
    expect(notModified(request({ 'if-none-match': '"4"' }), validators)).toBe(false);
  });

  it('lets If-None-Match decide over If-Modified-Since', () => {
    expect(notModified(request({ 'if-none-match': '"4"', 'if-modified-since': at.toUTCString() }), validators)).toBe(false);
  });

  it('compares If-Modified-Since at the second precision of HTTP dates', () => {
    expect(notModified(request({ 'if-modified-since': at.toUTCString() }), validators)).toBe(true);
    expect(notModified(request({ 'if-modified-since': new Date(at.getTime() - 1000).toUTCString() }), validators)).toBe(false);
    expect(notModified(request({ 'if-modified-since': 'not a date' }), validators)).toBe(false);
    expect(notModified(request({ 'if-modified-since': at.toUTCString() }), { ...validators, lastModified: null })).toBe(false);
  });

  it('answers only reads conditionally', () => {
    expect(notModified(request({ 'if-none-match': '"3"' }, 'PATCH'), validators)).toBe(false);
  });
});
