import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18n-provider';
import { STALE_RECORD_MESSAGE, toApiError } from './api-error';

afterEach(() => i18nProvider.changeLocale('en'));

const errorBody = (status: number, code: string, message: string) => ({
  '@type': 'Error',
  code,
  reason: 'Conflict',
  message,
  status: String(status),
});

describe('toApiError', () => {
  it("carries the server's message and code", () => {
    const error = toApiError(new Response(null, { status: 409 }), errorBody(409, 'ROLE_IN_USE', 'Role agent is held by 3 users'));
    expect(error).toMatchObject({ status: 409, code: 'ROLE_IN_USE', message: 'Role agent is held by 3 users' });
  });

  it('explains a stale version in words a person understands', () => {
    const error = toApiError(new Response(null, { status: 412 }), errorBody(412, 'PRECONDITION_FAILED', 'Version 3 is stale'));
    expect(error.message).toBe(STALE_RECORD_MESSAGE);
  });

  it('explains a stale version in Russian when Russian is chosen', async () => {
    await i18nProvider.changeLocale('ru');
    const error = toApiError(new Response(null, { status: 412 }), errorBody(412, 'PRECONDITION_FAILED', 'Version 3 is stale'));
    expect(error.message).toBe('Эту запись уже изменил кто-то другой — обновите страницу, чтобы увидеть изменения');
    expect(toApiError(new Response(null, { status: 502, statusText: 'Bad Gateway' }), '<html>').message).toBe(
      'Сервер ответил 502 Bad Gateway',
    );
  });

  it('keeps the fields the server refused', () => {
    const body = {
      ...errorBody(400, 'VALIDATION_FAILED', 'birthDate must not be in the future'),
      details: [{ field: 'birthDate', message: 'must not be in the future' }],
    };
    expect(toApiError(new Response(null, { status: 400 }), body).details).toEqual([
      { field: 'birthDate', message: 'must not be in the future' },
    ]);
    expect(toApiError(new Response(null, { status: 404 }), errorBody(404, 'CUSTOMER_NOT_FOUND', 'No')).details).toEqual([]);
  });

  it('reads Retry-After in seconds', () => {
    const response = new Response(null, { status: 429, headers: { 'Retry-After': '30' } });
    expect(toApiError(response, errorBody(429, 'TOO_MANY_LOGIN_FAILURES', 'Too many')).retryAfterSeconds).toBe(30);
  });

  it('names the status when the body is not our error shape', () => {
    expect(toApiError(new Response(null, { status: 502, statusText: 'Bad Gateway' }), '<html>').message).toBe(
      'The server answered 502 Bad Gateway',
    );
  });
});
