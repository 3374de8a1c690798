import { parsePhone, phoneProblem, phoneSearchDigits } from './phone-number.js';

describe('parsePhone', () => {
  it.each([
    ['07700 900123', 'GB', '+447700900123'],
    ['+44 7700 900123', 'RU', '+447700900123'],
    ['0044 (7700) 900-123', 'GB', '+447700900123'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['8 916 123-45-67', 'RU', '+79161234567'],
    ['+7 916 123 45 67', 'GB', '+79161234567'],
  ])('reads %s (region %s) as %s', (raw, region, e164) => {
    expect(parsePhone(raw, region as 'GB')).toEqual({ ok: true, e164 });
  });

  it('refuses a number that is not valid in its region, naming the country in words', () => {
    const parsed = parsePhone('07700 90012', 'GB');
    expect(parsed).toEqual({ ok: false, reason: 'invalid-for-region', region: 'GB' });
    expect(phoneProblem(parsed as Extract<typeof parsed, { ok: false }>)).toMatch(/not a valid phone number in (the )?United Kingdom/);
    expect(parsePhone('+34 612 345 1000', 'GB')).toMatchObject({ ok: false, reason: 'invalid-for-region', region: 'ES' });
  });

  it('refuses what is not a phone number at all', () => {
    for (const raw of ['12ab', 'call me', '', '+', 'ext. 12']) expect(parsePhone(raw, 'GB')).toMatchObject({ ok: false });
    const parsed = parsePhone('12ab', 'GB');
    expect(phoneProblem(parsed as Extract<typeof parsed, { ok: false }>)).toMatch(/not a phone number/);
  });
});

describe('phoneSearchDigits', () => {
  it('adds the international digits of a number in national format, even half typed', () => {
    expect(phoneSearchDigits('07700 900', 'GB')).toEqual(['07700900', '447700900']);
    expect(phoneSearchDigits('07700 900123', 'GB')).toEqual(['07700900123', '447700900123']);
  });

  it('keeps an international number and a few last digits as typed', () => {
    expect(phoneSearchDigits('+44 7700 900', 'GB')).toEqual(['447700900']);
    expect(phoneSearchDigits('0123', 'GB')).toEqual(['0123']);
  });
});
