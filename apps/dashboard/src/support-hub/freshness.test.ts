import { EN } from './hub-text.testing';
import { describe, expect, it } from 'vitest';
import { dataAgeSeconds, freshnessOf, freshnessText } from './freshness';

describe('dataAgeSeconds', () => {
  it('counts on from the age the server reported, whatever the browser’s clock says', () => {
    const readAt = 1_000_000;
    expect(dataAgeSeconds(1380, readAt, readAt)).toBe(1380);
    expect(dataAgeSeconds(1380, readAt, readAt + 90_500)).toBe(1470);
    expect(dataAgeSeconds(null, readAt, readAt + 5000)).toBeNull();
  });

  it('never goes below zero', () => {
    expect(dataAgeSeconds(0, 5000, 1000)).toBe(0);
  });
});

describe('freshnessText', () => {
  it.each([
    [null, 'never refreshed'],
    [0, 'data is less than a minute old'],
    [59, 'data is less than a minute old'],
    [60, 'data is 1 min old'],
    [23 * 60 + 40, 'data is 23 min old'],
    [3600, 'data is 1 h old'],
    [2 * 3600 + 5 * 60 + 12, 'data is 2 h 5 min old'],
    [86_400, 'data is 1 day old'],
    [3 * 86_400 + 7200, 'data is 3 days old'],
  ])('%s s → %s', (age, text) => {
    expect(freshnessText(age, EN.t)).toBe(text);
  });
});

describe('freshnessOf', () => {
  it('is fresh within a quarter of the schedule, aging until it is due, stale after', () => {
    expect(freshnessOf(30 * 60, 4)).toBe('fresh');
    expect(freshnessOf(3600, 4)).toBe('fresh');
    expect(freshnessOf(3601, 4)).toBe('aging');
    expect(freshnessOf(4 * 3600, 4)).toBe('aging');
    expect(freshnessOf(4 * 3600 + 1, 4)).toBe('stale');
    expect(freshnessOf(null, 4)).toBe('stale');
  });
});
