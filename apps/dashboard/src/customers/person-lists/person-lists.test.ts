import { describe, expect, it } from 'vitest';
import { listOptions, withCurrent } from './person-lists';

const entries = [
  { code: 'DE', name: { en: 'Germany', ru: 'Германия' } },
  { code: 'GB', name: { en: 'United Kingdom', ru: 'Великобритания' } },
  { code: 'AT', name: { en: 'Austria', ru: 'Австрия' } },
];

describe('listOptions', () => {
  it('names the entries in the locale and sorts them in its alphabet', () => {
    expect(listOptions(entries, 'en', true).map((o) => o.label)).toEqual(['Austria', 'Germany', 'United Kingdom']);
    expect(listOptions(entries, 'ru', true).map((o) => o.value)).toEqual(['AT', 'GB', 'DE']);
  });

  it('keeps the given order when asked', () => {
    expect(listOptions(entries, 'en', false).map((o) => o.value)).toEqual(['DE', 'GB', 'AT']);
  });
});

describe('withCurrent', () => {
  it('adds a stored value the list does not have, once', () => {
    const options = listOptions(entries, 'en', true);
    expect(withCurrent(options, 'British')[0]).toEqual({ value: 'British', label: 'British' });
    expect(withCurrent(options, 'GB')).toHaveLength(3);
    expect(withCurrent(options, '')).toHaveLength(3);
  });
});
