import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { registrationFailure } from './registration-failure';

const apiError = (
  status: number,
  code: string,
  extra: Partial<{ attemptsLeft: number; details: { field: string; message: string }[] }> = {},
) =>
  Object.assign(new ApiError('server words with /api/v1/paths', status, code, 30, extra.details ?? []), {
    attemptsLeft: extra.attemptsLeft,
  });

describe('registrationFailure', () => {
  it('says an expired code has expired and offers a new one, without the API path', () => {
    const failure = registrationFailure(apiError(422, 'CODE_EXPIRED'));
    expect(failure).toMatchObject({ next: 'resend', field: 'code', words: { key: 'contactly.portal.register.errors.codeExpired' } });
    expect(failure.words._).toMatch(/expired/);
    expect(failure.words._).not.toMatch(/api/);
  });

  it('counts the tries a wrong code leaves', () => {
    expect(registrationFailure(apiError(422, 'INVALID_CODE', { attemptsLeft: 3 })).words.values).toEqual({ smart_count: 3 });
  });

  it('starts again after a void or expired registration, and sends to sign-in when it is complete', () => {
    expect(registrationFailure(apiError(422, 'REGISTRATION_VOID')).next).toBe('restart');
    expect(registrationFailure(apiError(422, 'REGISTRATION_EXPIRED')).next).toBe('restart');
    expect(registrationFailure(apiError(409, 'REGISTRATION_ALREADY_VERIFIED')).next).toBe('signIn');
  });

  it('names a refused field in words', () => {
    const failure = registrationFailure(apiError(400, 'VALIDATION_FAILED', { details: [{ field: 'phone', message: 'must be E.164' }] }));
    expect(failure).toMatchObject({ field: 'phone', words: { key: 'contactly.portal.register.errors.phone' } });
    expect(registrationFailure(apiError(429, 'RESEND_TOO_SOON')).words.values).toEqual({ seconds: 30 });
    expect(registrationFailure(new TypeError('Failed to fetch')).next).toBe('retry');
  });
});
