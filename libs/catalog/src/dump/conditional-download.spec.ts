import { dumpEtag, notModified } from './conditional-download.js';

describe('notModified', () => {
  const etag = dumpEtag('abc');
  const finishedAt = new Date('2026-12-08T02:00:07.654Z');

  it('answers by If-None-Match when sent: the tag, among others, weak or strong, or *', () => {
    expect(notModified({ 'if-none-match': '"abc"' }, etag, finishedAt)).toBe(true);
    expect(notModified({ 'if-none-match': '"x", W/"abc"' }, etag, finishedAt)).toBe(true);
    expect(notModified({ 'if-none-match': '*' }, etag, finishedAt)).toBe(true);
    expect(notModified({ 'if-none-match': '"x"', 'if-modified-since': finishedAt.toUTCString() }, etag, finishedAt)).toBe(false);
  });

  it('else by If-Modified-Since at the precision of HTTP dates', () => {
    expect(notModified({ 'if-modified-since': finishedAt.toUTCString() }, etag, finishedAt)).toBe(true);
    expect(notModified({ 'if-modified-since': new Date(finishedAt.getTime() - 1000).toUTCString() }, etag, finishedAt)).toBe(false);
    expect(notModified({ 'if-modified-since': 'yesterday' }, etag, finishedAt)).toBe(false);
    expect(notModified({}, etag, finishedAt)).toBe(false);
  });
});
