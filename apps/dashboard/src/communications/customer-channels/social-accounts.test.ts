import { describe, expect, it } from 'vitest';
import { accountRowsOf, rowOfProblem, socialAddressOf, socialMediaOf } from './social-accounts';

describe('social accounts', () => {
  it('edits the accounts as rows and saves them as a map, blank lines dropped, none as null', () => {
    const rows = accountRowsOf({ telegram: '@ivan_petrov', vk: 'id12345' });
    expect(rows).toEqual([
      { network: 'telegram', account: '@ivan_petrov' },
      { network: 'vk', account: 'id12345' },
    ]);
    expect(socialMediaOf([...rows, { network: ' ', account: '' }])).toEqual({ socialMedia: { telegram: '@ivan_petrov', vk: 'id12345' } });
    expect(socialMediaOf([{ network: ' VK ', account: ' id1 ' }])).toEqual({ socialMedia: { vk: 'id1' } });
    expect(socialMediaOf([{ network: '', account: '' }])).toEqual({ socialMedia: null });
    expect(accountRowsOf(null)).toEqual([]);
  });

  it('says which line is incomplete or repeats a network', () => {
    expect(
      socialMediaOf([
        { network: 'vk', account: '' },
        { network: '', account: 'x' },
        { network: 'ok', account: 'a' },
        { network: 'ok', account: 'b' },
      ]),
    ).toEqual({
      problems: { 0: 'Enter the account', 1: 'Name the network', 3: 'ok is listed twice' },
    });
  });

  it('finds the line of a server problem and the address the Social channel uses', () => {
    const rows = [
      { network: 'telegram', account: '@a' },
      { network: 'vk', account: '' },
    ];
    expect(rowOfProblem('socialMedia.vk', rows)).toBe(1);
    expect(rowOfProblem('socialMedia', rows)).toBe(-1);
    expect(socialAddressOf({ vk: 'id1', telegram: '@a' })).toBe('telegram:@a');
    expect(socialAddressOf(null)).toBeNull();
  });
});
