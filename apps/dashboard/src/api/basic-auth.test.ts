import { describe, expect, it } from 'vitest';
import { basicAuthorization } from './basic-auth';

const decode = (header: string) => new TextDecoder().decode(Uint8Array.from(atob(header.replace(/^Basic /, '')), (c) => c.charCodeAt(0)));

describe('basicAuthorization', () => {
  it('encodes ASCII credentials as RFC 7617 says', () => {
    expect(basicAuthorization('Aladdin', 'open sesame')).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
  });

  it('encodes Cyrillic usernames and passwords as UTF-8', () => {
    const header = basicAuthorization('мария', 'пароль-Ёж:42');
    expect(header).toBe('Basic 0LzQsNGA0LjRjzrQv9Cw0YDQvtC70Ywt0IHQtjo0Mg==');
    expect(decode(header)).toBe('мария:пароль-Ёж:42');
  });
});
