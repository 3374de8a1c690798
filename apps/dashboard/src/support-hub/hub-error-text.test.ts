import { EN } from './hub-text.testing';
import { describe, expect, it } from 'vitest';
import { ApiError, UNREACHABLE_MESSAGE } from '../api/api-error';
import { hubErrorText } from './hub-error-text';

const error = (
  status: number,
  code?: string,
  options: { retryAfter?: number; details?: { field: string; message: string }[]; message?: string } = {},
) => new ApiError(options.message ?? `server says ${code}`, status, code, options.retryAfter, options.details ?? []);

describe('hubErrorText', () => {
  it('explains a refused refresh with the wait', () => {
    expect(hubErrorText(error(429, 'REFRESH_TOO_SOON', { retryAfter: 725 }), 'refresh', EN.t)).toBe(
      'The data was refreshed only a few minutes ago, so a new refresh is not allowed yet: try again in 12 min 5 s.',
    );
  });

  it('says what to do about the hub’s own failures', () => {
    expect(hubErrorText(error(409, 'REFRESH_BUSY'), 'refresh', EN.t)).toContain('try again');
    expect(hubErrorText(error(503, 'SUPPORT_HUB_NOT_CONFIGURED'), 'refresh', EN.t)).toContain('No CRM is connected');
    expect(
      hubErrorText(
        error(400, 'CANNOT_MERGE_WITH_ITSELF', { details: [{ field: 'sourceId', message: 'must differ from targetId' }] }),
        'merge',
        EN.t,
      ),
    ).toBe('An aggregated case cannot be merged with itself: choose a different one.');
    expect(hubErrorText(error(404, 'CASE_NOT_MEMBER'), 'split', EN.t)).toContain('no longer in this aggregated case');
    expect(hubErrorText(error(400, 'SPLIT_WOULD_EMPTY'), 'split', EN.t)).toContain('at least one must stay behind');
    expect(hubErrorText(error(404, 'AGGREGATED_CASE_NOT_FOUND'), 'merge', EN.t)).toContain('no longer exists');
  });

  it('names the refused fields in words', () => {
    expect(
      hubErrorText(error(400, 'VALIDATION_FAILED', { details: [{ field: 'reason', message: 'must not be empty' }] }), 'split', EN.t),
    ).toBe('The reason must not be empty.');
  });

  it('covers permission, session, connection and server failures', () => {
    expect(hubErrorText(error(403, 'PERMISSION_DENIED'), 'merge', EN.t)).toBe(
      'You are not allowed to merge these cases. Ask an administrator for the permission.',
    );
    expect(hubErrorText(error(401, 'AUTHENTICATION_REQUIRED'), 'load', EN.t)).toBe('Your session has ended. Sign in again.');
    expect(hubErrorText(new ApiError(UNREACHABLE_MESSAGE, 0), 'load', EN.t)).toBe(UNREACHABLE_MESSAGE);
    expect(hubErrorText(error(500, 'INTERNAL'), 'refresh', EN.t)).toBe(
      'The server could not refresh the data. Try again; if it keeps failing, tell an administrator.',
    );
  });

  it('falls back to the server’s message, or the error’s', () => {
    expect(hubErrorText(error(422, 'SOMETHING_NEW', { message: 'Something new went wrong' }), 'load', EN.t)).toBe(
      'Something new went wrong',
    );
    expect(hubErrorText(new Error('boom'), 'load', EN.t)).toBe('boom');
  });
});
