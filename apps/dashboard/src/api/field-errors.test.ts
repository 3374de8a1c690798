import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18n-provider';
import { toApiError } from './api-error';
import { describeFieldProblem, describeFieldProblems, fieldErrorMap, fieldLabel, humanise } from './field-errors';

afterEach(() => i18nProvider.changeLocale('en'));

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

describe('fieldLabel', () => {
  it('names a field inside a list by its label and the item, counted from 1', () => {
    expect(fieldLabel('contactMedium[4].characteristic.phoneNumber')).toBe('Phone number (contact 5)');
    expect(fieldLabel('contactMedium.0.mediumType')).toBe('Contact kind (contact 1)');
    expect(fieldLabel('birthDate')).toBe('Birth date');
  });

  it('says it in Russian when Russian is chosen', async () => {
    await i18nProvider.changeLocale('ru');
    expect(fieldLabel('contactMedium[4].characteristic.phoneNumber')).toBe('Номер телефона (контакт 5)');
    expect(fieldLabel('channelPreference[1].sendChannelTypeId')).toBe('Канал (предпочтение 2)');
  });

  it('falls back to readable words, never the raw path, for a field no catalogue names', () => {
    expect(fieldLabel('wishList[2].favouriteColourId')).toBe('Favourite colour (item 3)');
    expect(fieldLabel('roles[1]')).toBe('Roles');
    expect(humanise('sendChannelTypeId')).toBe('Send channel type');
    expect(humanise('street_line_2')).toBe('Street line 2');
  });
});

describe('the server’s common field problems', () => {
  it('are said in Russian at the field and in the summary, the rest as the server wrote them', async () => {
    await i18nProvider.changeLocale('ru');
    const details = [
      { field: 'email', message: 'must be an email address' },
      { field: 'givenName', message: 'must be shorter than or equal to 100 characters' },
      { field: 'kind', message: 'must be one of staff, affiliate' },
      { field: 'phone', message: 'is not a number for its region' },
    ];
    expect(fieldErrorMap(details)).toEqual({
      email: 'должно быть адресом электронной почты',
      givenName: 'не длиннее 100 символов',
      kind: 'должно быть одним из: staff, affiliate',
      phone: 'is not a number for its region',
    });
    expect(describeFieldProblem(details[1])).toBe('Имя: не длиннее 100 символов');
  });

  it('stay as written in English', () => {
    expect(fieldErrorMap([{ field: 'email', message: 'must be an email address' }])).toEqual({ email: 'must be an email address' });
  });
});

describe('describeFieldProblem(s)', () => {
  const problems = [
    { field: 'contactMedium[4].characteristic.phoneNumber', message: 'must be a valid phone number' },
    { field: 'familyName', message: 'must not be empty' },
  ];

  it('puts the label before the server’s message', () => {
    expect(describeFieldProblem(problems[0])).toBe('Phone number (contact 5): must be a valid phone number');
    expect(describeFieldProblems(problems)).toBe('Phone number (contact 5): must be a valid phone number; Family name: must not be empty');
  });

  it('replaces a validation message that spells out API paths in the ApiError', async () => {
    const body = {
      '@type': 'Error',
      code: 'VALIDATION_FAILED',
      reason: 'Bad Request',
      status: '400',
      message: 'Invalid request: contactMedium[4].characteristic.phoneNumber must be a valid phone number; familyName must not be empty',
      details: problems,
    };
    const english = toApiError(new Response(null, { status: 400 }), body);
    expect(english.message).toBe('Please check: Phone number (contact 5): must be a valid phone number; Family name: must not be empty');
    expect(english.message).not.toContain('contactMedium');
    await i18nProvider.changeLocale('ru');
    expect(toApiError(new Response(null, { status: 400 }), body).message).toBe(
      'Проверьте: Номер телефона (контакт 5): must be a valid phone number; Фамилия: не может быть пустым',
    );
  });

  it('keeps a domain message that names no path', () => {
    const body = {
      '@type': 'Error',
      code: 'ROLE_NOT_FOUND',
      reason: 'Unprocessable',
      status: '422',
      message: 'Unknown role(s): astronaut',
      details: [{ field: 'roles', message: 'astronaut does not exist' }],
    };
    expect(toApiError(new Response(null, { status: 422 }), body).message).toBe('Unknown role(s): astronaut');
  });
});

describe('a refused number import', () => {
  const details = [
    { field: 'line 3', message: '"абв" is not an MSISDN (E.164: 8–15 digits with the country code, not starting with 0)' },
    { field: 'line 9', message: 'has a porting state not one of requested, inProgress, completed, cancelled' },
  ];

  it('names each line and says why, the English as the server wrote it', () => {
    expect(describeFieldProblems(details)).toBe(
      'Line 3: "абв" is not an MSISDN (E.164: 8–15 digits with the country code, not starting with 0); Line 9: has a porting state not one of requested, inProgress, completed, cancelled',
    );
  });

  it('says it in Russian, keeping the quoted cell', async () => {
    await i18nProvider.changeLocale('ru');
    expect(describeFieldProblems(details)).toBe(
      'Строка 3: "абв" не номер MSISDN (E.164: 8–15 цифр с кодом страны, без 0 в начале); Строка 9: с состоянием переноса не из списка: requested, inProgress, completed, cancelled',
    );
    expect(describeFieldProblem({ field: 'value', message: 'has a wrong ICCID check digit (Luhn)' })).toBe(
      'Значение: с неверной контрольной цифрой ICCID (алгоритм Луна)',
    );
  });
});
