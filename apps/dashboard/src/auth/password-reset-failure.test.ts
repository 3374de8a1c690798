import { describe, expect, it } from 'vitest';
import { ApiError, UNREACHABLE_MESSAGE } from '../api/api-error';
import {
  LINK_NOT_USABLE_MESSAGE,
  PASSWORD_REFUSED_MESSAGE,
  passwordProblemInWords,
  resetFailure,
  resetRequestFailure,
} from './password-reset-failure';

const invalidToken = () =>
  new ApiError('This reset token is unknown, already used or expired; ask for a new one', 400, 'INVALID_RESET_TOKEN', undefined, [
    { field: 'token', message: 'is unknown, already used or expired' },
  ]);
const weakPassword = (...messages: string[]) =>
  new ApiError(
    `The password is not acceptable: ${messages.join('; ')}`,
    400,
    'WEAK_PASSWORD',
    undefined,
    messages.map((message) => ({ field: 'newPassword', message })),
  );

describe('resetFailure', () => {
  it('says a used, replaced or expired link is spent, and offers nothing but a new one', () => {
    expect(resetFailure(invalidToken())).toEqual({ kind: 'link', message: LINK_NOT_USABLE_MESSAGE });
    expect(LINK_NOT_USABLE_MESSAGE).toMatch(/already been used/);
  });

  it('treats a malformed token (400 naming the token) as a link that cannot work', () => {
    const malformed = new ApiError(
      'Invalid request: token must be shorter than or equal to 200 characters',
      400,
      'VALIDATION_FAILED',
      undefined,
      [{ field: 'token', message: 'must be shorter than or equal to 200 characters' }],
    );
    expect(resetFailure(malformed).kind).toBe('link');
  });

  it('puts each rule the password broke into words next to the password, and says the link still works', () => {
    expect(
      resetFailure(weakPassword('must be at least 10 characters', 'must not contain the username', 'is too common; choose another')),
    ).toEqual({
      kind: 'password',
      message: PASSWORD_REFUSED_MESSAGE,
      fields: {
        newPassword:
          'Use at least 10 characters. Use a password that does not contain your username. This password is too common — anyone guessing would try it early',
      },
    });
  });

  it('keeps a password problem it has no words for, and a weak password without details', () => {
    const tooLong = new ApiError('Invalid request', 400, 'VALIDATION_FAILED', undefined, [
      { field: 'newPassword', message: 'must be shorter than or equal to 200 characters' },
    ]);
    expect(resetFailure(tooLong)).toMatchObject({
      kind: 'password',
      fields: { newPassword: 'The new password must be shorter than or equal to 200 characters' },
    });
    expect(resetFailure(new ApiError('weak', 400, 'WEAK_PASSWORD'))).toMatchObject({
      kind: 'password',
      fields: { newPassword: 'This password is not accepted' },
    });
  });

  it('shows anything else as the server or the network said it, the form kept', () => {
    expect(resetFailure(new ApiError(UNREACHABLE_MESSAGE, 0))).toEqual({ kind: 'other', message: UNREACHABLE_MESSAGE });
    expect(resetFailure(new ApiError('Something went wrong (request 7f3a)', 500, 'INTERNAL_ERROR'))).toEqual({
      kind: 'other',
      message: 'Something went wrong (request 7f3a)',
    });
    expect(resetFailure(new Error('boom'))).toEqual({ kind: 'other', message: 'boom' });
  });
});

describe('passwordProblemInWords', () => {
  it('follows the minimum length the server names', () => {
    expect(passwordProblemInWords('must be at least 12 characters')).toBe('Use at least 12 characters');
  });
});

describe('resetRequestFailure', () => {
  it('points at the address the server refused', () => {
    const refused = new ApiError('Invalid request: email must be an email address', 400, 'VALIDATION_FAILED', undefined, [
      { field: 'email', message: 'must be an email address' },
    ]);
    expect(resetRequestFailure(refused)).toEqual({
      message: 'Check the email address.',
      email: 'Enter a whole email address, such as maria@example.com',
    });
  });

  it('shows any other failure as it came', () => {
    expect(resetRequestFailure(new ApiError(UNREACHABLE_MESSAGE, 0))).toEqual({ message: UNREACHABLE_MESSAGE });
  });
});
