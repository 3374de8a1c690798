import { EN } from './hub-text.testing';
import { describe, expect, it } from 'vitest';
import { shortDate } from './hub-dates';
import { keyParts, keyText, mergedInText, overrideText, stepText } from './why-text';

describe('keyParts and keyText', () => {
  it('reads the normalized key', () => {
    expect(keyParts('provider=vodafone|errorCode=E1101')).toEqual([
      { field: 'provider', value: 'vodafone' },
      { field: 'errorCode', value: 'E1101' },
    ]);
    expect(keyText('provider=vodafone|errorCode=E1101', EN.t)).toBe('provider vodafone · error code E1101');
  });

  it('knows a group split out by hand', () => {
    expect(keyParts('split:3f2a9c')).toEqual([]);
    expect(keyText('split:3f2a9c', EN.t)).toBe('split out by hand');
  });
});

describe('stepText', () => {
  it('tells each step from what the CRM sent to the key', () => {
    expect(
      stepText(
        {
          field: 'provider',
          action: 'normalized',
          from: 'VODAFONE UK',
          to: 'vodafone-uk',
          ruleId: null,
          rule: null,
          ruleText: null,
        },
        EN.t,
      ),
    ).toBe('Provider “VODAFONE UK” → “vodafone-uk” (spelling normalized)');
    expect(
      stepText(
        {
          field: 'provider',
          action: 'alias',
          from: 'vodafone-uk',
          to: 'vodafone',
          ruleId: 3,
          rule: 'Vodafone UK',
          ruleText: 'alias "Vodafone UK" → vodafone',
        },
        EN.t,
      ),
    ).toBe('Provider “vodafone-uk” → “vodafone” (alias rule #3: alias "Vodafone UK" → vodafone)');
    expect(
      stepText({ field: 'errorCode', action: 'rewrite', from: 'ERR1101', to: 'E1101', ruleId: null, rule: null, ruleText: null }, EN.t),
    ).toBe('Error code “ERR1101” → “E1101” (a rewrite rule)');
    expect(
      stepText({ field: 'errorCode', action: 'missing', from: null, to: 'unclassified', ruleId: null, rule: null, ruleText: null }, EN.t),
    ).toBe('Error code: the CRM sent none → “unclassified”');
  });
});

describe('corrections by people', () => {
  const date = shortDate('2026-11-23T07:00:00.000Z', 'en');
  it('says who split or merged, when and why', () => {
    expect(
      overrideText(
        {
          kind: 'split',
          fromKey: 'provider=vodafone|errorCode=E1101',
          intoKey: 'split:abc',
          reason: 'only eSIMs',
          by: 'anna',
          at: '2026-11-23T07:00:00.000Z',
        },
        EN,
      ),
    ).toBe(`Split out by anna on ${date}: only eSIMs`);
    expect(
      overrideText(
        {
          kind: 'merge',
          fromKey: 'provider=vodafone|errorCode=E2301',
          intoKey: 'provider=vodafone|errorCode=E1101',
          reason: 'same outage',
          by: 'sergei',
          at: '2026-11-23T07:00:00.000Z',
        },
        EN,
      ),
    ).toBe(`Merged into provider vodafone · error code E1101 by sergei on ${date}: same outage`);
    expect(
      mergedInText(
        {
          fromKey: 'provider=vodafone|errorCode=E2301',
          fromAggregatedCaseId: 23,
          reason: 'same outage',
          by: 'sergei',
          at: '2026-11-23T07:00:00.000Z',
        },
        EN,
      ),
    ).toBe(`#23 (provider vodafone · error code E2301) merged in by sergei on ${date}: same outage`);
  });
});
