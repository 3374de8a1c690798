import { describe, expect, it } from 'vitest';
import { rangeSize } from './import-range';

describe('a range to import', () => {
  it('counts both ends', () => {
    expect(rangeSize('4915100000000', '4915100000099')).toEqual({ ok: true, count: 100 });
    expect(rangeSize('+49 151 0000 0000', '4915100000000')).toEqual({ ok: true, count: 1 });
  });
  it('says why it is not one', () => {
    expect(rangeSize('abc', '4915100000000')).toEqual({ ok: false, problem: 'digits' });
    expect(rangeSize('491510000000', '4915100000000')).toEqual({ ok: false, problem: 'lengths' });
    expect(rangeSize('4915100000010', '4915100000000')).toEqual({ ok: false, problem: 'order' });
    expect(rangeSize('4915100000000', '4915199999999')).toEqual({ ok: false, problem: 'too_large' });
  });
  it('handles ICCIDs beyond the safe integers', () => {
    expect(rangeSize('89490200001234567890', '89490200001234567899')).toEqual({ ok: true, count: 10 });
  });
});
