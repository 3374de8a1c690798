import { describe, expect, it } from 'vitest';
import { fieldErrorMap } from './field-errors';

describe('fieldErrorMap', () => {
  it('keys the messages by field and joins several for one field', () => {
    expect(
      fieldErrorMap([
        { field: 'birthDate', message: 'must not be in the future' },
        { field: 'givenName', message: 'must not be empty' },
        { field: 'givenName', message: 'must be at most 100 characters' },
      ]),
    ).toEqual({ birthDate: 'must not be in the future', givenName: 'must not be empty; must be at most 100 characters' });
  });

  it('renames fields to the form’s own names', () => {
    expect(
      fieldErrorMap([{ field: 'contactMedium[0].characteristic.emailAddress', message: 'must be an email address' }], () => 'email'),
    ).toEqual({
      email: 'must be an email address',
    });
  });
});
