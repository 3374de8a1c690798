import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { ApiErrorWithBody } from '../api/json-request';
import { numberRefusalText } from './number-refusals';

const translate = (_key: string, options: Record<string, unknown> = {}) =>
  String(options._).replace(/%\{(\w+)\}/g, (_m, name: string) => String(options[name]));

describe('a refused number call', () => {
  it('says where a number that is taken stands, in words', () => {
    // The body's `status` is the HTTP status; the number's state is in the message.
    const body = { code: 'NUMBER_NOT_AVAILABLE', value: '4917612345678', resourceId: '7', status: 409 };
    const error = new ApiErrorWithBody(new ApiError('MSISDN 4917612345678 is portedOut: it is not available', 409, body.code), body);
    expect(numberRefusalText(error, translate)).toBe('4917612345678 is ported out and cannot be used for this.');
  });

  it('is otherwise the server’s message', () => {
    expect(numberRefusalText(new ApiError('Please check: Number: is not an MSISDN', 400, 'VALIDATION_FAILED'), translate)).toBe(
      'Please check: Number: is not an MSISDN',
    );
    const odd = new ApiErrorWithBody(new ApiError('MSISDN 4917612345678 is taken', 409, 'NUMBER_NOT_AVAILABLE'), {
      value: '4917612345678',
    });
    expect(numberRefusalText(odd, translate)).toBe('MSISDN 4917612345678 is taken');
  });
});
