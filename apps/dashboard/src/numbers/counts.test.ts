import { describe, expect, it } from 'vitest';
import { countMatrix, countRows, countsCsv } from './counts';
import { csvCell, toCsv } from './csv';

describe('number counts', () => {
  it('are read from a list, a wrapper or a table', () => {
    const rows = [{ type: 'msisdn', state: 'available', count: 3 }];
    expect(countRows([{ resourceType: 'msisdn', status: 'available', count: 3 }])).toEqual(rows);
    expect(countRows({ counts: [{ type: 'msisdn', state: 'available', count: '3' }] })).toEqual(rows);
    expect(countRows({ msisdn: { available: 3 } })).toEqual(rows);
    expect(countRows(null)).toEqual([]);
  });

  it('fill every type and state, and add up repeated rows', () => {
    const matrix = countMatrix([
      { type: 'msisdn', state: 'available', count: 3 },
      { type: 'msisdn', state: 'available', count: 2 },
      { type: 'iccid', state: 'aging', count: 1 },
    ]);
    expect(matrix.msisdn).toEqual({ available: 5, reserved: 0, assigned: 0, aging: 0, portedOut: 0 });
    expect(matrix.iccid.aging).toBe(1);
  });

  it('are offered as CSV with a total per type', () => {
    const csv = countsCsv(countMatrix([{ type: 'msisdn', state: 'reserved', count: 7 }]));
    expect(csv.split('\r\n')).toEqual([
      'type,available,reserved,assigned,aging,portedOut,total',
      'msisdn,0,7,0,0,0,7',
      'iccid,0,0,0,0,0,0',
      '',
    ]);
  });
});

describe('CSV', () => {
  it('quotes separators and quotes, and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(toCsv(['a'], [[1], [2]])).toBe('a\r\n1\r\n2\r\n');
  });
});
