import { describe, expect, it } from 'vitest';
import { headersOf } from './upload-with-progress';

describe('an upload’s answer', () => {
  it('has the headers XMLHttpRequest lists, one a line', () => {
    const headers = headersOf('content-type: application/json; charset=utf-8\r\netag: W/"1a"\r\nx-total-count: 7\r\n');
    expect(headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(headers.get('ETag')).toBe('W/"1a"');
    expect(headers.get('X-Total-Count')).toBe('7');
    expect([...headersOf('').keys()]).toEqual([]);
  });
});
