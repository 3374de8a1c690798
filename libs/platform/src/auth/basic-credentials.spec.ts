import { parseBasicAuthorization } from './basic-credentials.js';

const header = (text: string, scheme = 'Basic') => `${scheme} ${Buffer.from(text, 'utf8').toString('base64')}`;

describe('parseBasicAuthorization', () => {
  it('decodes the username and password', () => {
    expect(parseBasicAuthorization(header('Admin:admin'))).toEqual({ username: 'Admin', password: 'admin' });
  });

  it('keeps colons in the password (everything after the first colon, RFC 7617)', () => {
    expect(parseBasicAuthorization(header('anna:pa:ss:word:'))).toEqual({ username: 'anna', password: 'pa:ss:word:' });
  });

  it('decodes UTF-8 usernames and passwords', () => {
    expect(parseBasicAuthorization(header('юлия.петрова:пароль🙂'))).toEqual({ username: 'юлия.петрова', password: 'пароль🙂' });
  });

  it('accepts the scheme in any case and surrounding spaces', () => {
    expect(parseBasicAuthorization(header('a.b:secret', 'basic'))).toEqual({ username: 'a.b', password: 'secret' });
    expect(parseBasicAuthorization(`BASIC   ${Buffer.from('a.b:secret').toString('base64')}  `)).toEqual({
      username: 'a.b',
      password: 'secret',
    });
  });

  it('keeps spaces inside the credentials', () => {
    expect(parseBasicAuthorization(header('a b: c d '))).toEqual({ username: 'a b', password: ' c d ' });
  });

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['only the scheme', 'Basic'],
    ['only the scheme and a space', 'Basic '],
    ['another scheme', header('a:b', 'Bearer')],
    ['a scheme glued to the token', `Basic${Buffer.from('a:b').toString('base64')}`],
    ['characters outside base64', 'Basic %%%not-base64%%%'],
    ['two tokens', `Basic ${Buffer.from('a:b').toString('base64')} extra`],
    ['no colon', header('Admin')],
    ['an empty username', header(':password')],
    ['an empty password', header('Admin:')],
    ['only a colon', header(':')],
  ])('returns null for %s', (_case, value) => {
    expect(parseBasicAuthorization(value)).toBeNull();
  });
});
