import { checkedSocialAccounts, socialAddressOf } from './social-media.js';

const problemsOf = (input: Record<string, unknown>) => {
  try {
    checkedSocialAccounts(input);
  } catch (error) {
    return (error as { options: { details: { field: string }[] } }).options.details.map((d) => d.field);
  }
  throw new Error('accepted');
};

describe('social-media accounts', () => {
  it('keeps accounts trimmed, networks in alphabetical order; none is null', () => {
    expect(JSON.stringify(checkedSocialAccounts({ vk: ' id12345 ', telegram: '@ivan_petrov', 'my_net-2': 'Иван' }))).toBe(
      '{"my_net-2":"Иван","telegram":"@ivan_petrov","vk":"id12345"}',
    );
    expect(checkedSocialAccounts({})).toBeNull();
    expect(checkedSocialAccounts(null)).toBeNull();
  });

  it('names every bad entry', () => {
    expect(problemsOf({ VK: 'id1', 'a b': 'x', ['n'.repeat(31)]: 'x', '': 'x' })).toEqual([
      'socialMedia.VK',
      'socialMedia.a b',
      `socialMedia.${'n'.repeat(31)}`,
      'socialMedia.',
    ]);
    expect(problemsOf({ vk: '', ok: 'fine', tg: ' ', x: 'a'.repeat(101), y: 5 })).toEqual([
      'socialMedia.vk',
      'socialMedia.tg',
      'socialMedia.x',
      'socialMedia.y',
    ]);
    expect(problemsOf({ z: null, w: 'line\nbreak', c1: 'a\u0085b' })).toEqual(['socialMedia.z', 'socialMedia.w', 'socialMedia.c1']);
    expect(checkedSocialAccounts({ x: 'a'.repeat(100) })).toEqual({ x: 'a'.repeat(100) });
    expect(problemsOf({ a: '1', b: '2', c: '3', d: '4', e: '5', f: '6' })).toEqual(['socialMedia']);
  });

  it('addresses the first network alphabetically', () => {
    expect(socialAddressOf({ vk: 'id12345', telegram: '@ivan_petrov' })).toBe('telegram:@ivan_petrov');
    expect(socialAddressOf(null)).toBeNull();
    expect(socialAddressOf({})).toBeNull();
  });
});
