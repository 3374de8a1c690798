import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { signInErrorMessage } from './sign-in-error';

describe('signInErrorMessage', () => {
  it('says the credentials are wrong on 401', () => {
    expect(signInErrorMessage(new ApiError('Invalid credentials', 401, 'UNAUTHENTICATED'))).toBe('Wrong username or password');
  });

  it('tells how long to wait on 429', () => {
    expect(signInErrorMessage(new ApiError('Too many', 429, 'TOO_MANY_LOGIN_FAILURES', 42))).toBe(
      'Too many failed attempts — try again in 42 seconds',
    );
    expect(signInErrorMessage(new ApiError('Too many', 429, 'TOO_MANY_LOGIN_FAILURES'))).toBe('Too many failed attempts — try again later');
  });

  it("shows the server's message otherwise", () => {
    expect(signInErrorMessage(new ApiError('The database is unavailable', 503, 'UNAVAILABLE'))).toBe('The database is unavailable');
  });
});
