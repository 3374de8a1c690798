import { linesOfCsv, linesOfRange } from './import-lines.js';

describe('import lines', () => {
  it('reads a CSV: a header, blank lines, porting columns; names every bad line', () => {
    const lines = linesOfCsv('msisdn', 'number,donorOperator\n+4915100000001\n\n4915100000002,Telekom,inProgress\r\n', 10);
    expect(lines).toEqual([
      { value: '4915100000001', portedIn: false, donorOperator: null, portingState: null },
      { value: '4915100000002', portedIn: true, donorOperator: 'Telekom', portingState: 'inProgress' },
    ]);
    expect(() => linesOfCsv('msisdn', '4915100000001\n0123\n4915100000003,A,B,C', 10)).toThrow(
      expect.objectContaining({ code: 'INVALID_IMPORT_LINE', message: expect.stringContaining('line 2') }),
    );
    expect(() => linesOfCsv('iccid', '8949100000000000011', 10)).toThrow(
      expect.objectContaining({ message: expect.stringContaining('Luhn') }),
    );
    expect(() => linesOfCsv('msisdn', '4915100000001\n4915100000002\n4915100000003', 2)).toThrow(
      expect.objectContaining({ code: 'IMPORT_TOO_LARGE', category: 'PayloadTooLarge' }),
    );
  });

  it('generates a range, refusing reversed or oversized ones before generating', () => {
    expect(linesOfRange('msisdn', '4915100000001', '4915100000003', 10).map((l) => l.value)).toEqual([
      '4915100000001',
      '4915100000002',
      '4915100000003',
    ]);
    expect(() => linesOfRange('msisdn', '4915100000003', '4915100000001', 10)).toThrow(
      expect.objectContaining({ code: 'INVALID_IMPORT_LINE' }),
    );
    expect(() => linesOfRange('msisdn', '4915100000000', '4915199999999', 100_000)).toThrow(
      expect.objectContaining({ code: 'IMPORT_TOO_LARGE' }),
    );
    expect(() => linesOfRange('msisdn', 'x', '4915100000001', 10)).toThrow(
      expect.objectContaining({ options: expect.objectContaining({ details: [expect.objectContaining({ field: 'from' })] }) }),
    );
  });
});
