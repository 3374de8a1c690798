import { luhnCheckDigit, normalizedNumber, numbersInRange, rangeSize } from './number-format.js';

describe('number formats', () => {
  it('accepts E.164 MSISDNs (dropping + and spaces) and refuses the rest', () => {
    expect(normalizedNumber('msisdn', '+49 151 12345678')).toEqual({ value: '4915112345678' });
    expect(normalizedNumber('msisdn', '015112345678')).toHaveProperty('problem');
    expect(normalizedNumber('msisdn', '4915')).toHaveProperty('problem');
    expect(normalizedNumber('msisdn', '4915112345678901')).toHaveProperty('problem');
    expect(normalizedNumber('msisdn', '49151abc45678')).toHaveProperty('problem');
  });

  it('accepts ICCIDs of 19–20 digits starting with 89 with a right Luhn check digit', () => {
    const body = '894910000000000001';
    const iccid = `${body}${luhnCheckDigit(body)}`;
    expect(normalizedNumber('iccid', iccid)).toEqual({ value: iccid });
    expect(normalizedNumber('iccid', `${body}${(luhnCheckDigit(body) + 1) % 10}`)).toEqual({ problem: expect.stringContaining('Luhn') });
    expect(normalizedNumber('iccid', '12345678901234567890')).toHaveProperty('problem');
    expect(luhnCheckDigit('7992739871')).toBe(3);
  });

  it('runs ranges over whole MSISDNs and over ICCID bodies, each with its check digit', () => {
    expect([...numbersInRange('msisdn', '4915100000098', '4915100000101')]).toEqual([
      '4915100000098',
      '4915100000099',
      '4915100000100',
      '4915100000101',
    ]);
    const iccids = [...numbersInRange('iccid', '8949100000000000018', '8949100000000000034')];
    expect(iccids).toHaveLength(3);
    for (const iccid of iccids) expect(normalizedNumber('iccid', iccid)).toEqual({ value: iccid });
    expect(rangeSize('msisdn', '4915100000010', '4915100000001')).toBe(0n);
  });
});
