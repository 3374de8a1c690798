import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN, RU } from './hub-text.testing';
import { messages } from './support-hub.messages';

/** Every `t('contactly.supportHub.…', { _: '…' })` in the hub's code, with its English default. */
function keysInCode(): Map<string, string> {
  const dir = __dirname;
  const found = new Map<string, string>();
  const pattern = /t\(\s*'contactly\.supportHub\.([\w.]+)'\s*,\s*\{\s*_:\s*'((?:[^'\\]|\\.)*)'/gs;
  for (const file of readdirSync(dir)) {
    if (!/\.tsx?$/.test(file) || file.includes('.test.') || file.includes('.messages.') || file.includes('.catalogue.')) continue;
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(pattern)) found.set(match[1], match[2].replace(/\\'/g, "'"));
  }
  return found;
}

const lookup = (catalogue: object, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the support hub catalogue', () => {
  const keys = keysInCode();

  it('finds the keys the code uses', () => {
    expect(keys.size).toBeGreaterThan(250);
  });

  it('has every key in English, with the same text as the code’s default', () => {
    for (const [key, english] of keys) expect([key, lookup(messages.en.contactly.supportHub, key)]).toEqual([key, english]);
  });

  it('has every key in Russian, with the same placeholders and three plural forms where English has two', () => {
    for (const [key, english] of keys) {
      const russian = lookup(messages.ru.contactly.supportHub, key);
      expect(typeof russian, key).toBe('string');
      expect([key, new Set(placeholders(russian as string))]).toEqual([key, new Set(placeholders(english))]);
      if (english.includes('||||')) expect([key, (russian as string).split('||||').length]).toEqual([key, 3]);
      // Left in English by mistake: the same words (placeholders aside; 429 and 5xx are no words).
      const words = english.replace(/%\{\w+\}/g, '');
      if (/[a-z]{3}/i.test(words)) expect([key, russian]).not.toEqual([key, english]);
    }
  });

  it('translates through react-admin’s provider, plurals included', () => {
    expect(EN.t('contactly.supportHub.freshness.days', { smart_count: 1 })).toBe('data is 1 day old');
    expect(RU.t('contactly.supportHub.freshness.days', { smart_count: 1 })).toBe('данным 1 день');
    expect(RU.t('contactly.supportHub.freshness.days', { smart_count: 3 })).toBe('данным 3 дня');
    expect(RU.t('contactly.supportHub.freshness.days', { smart_count: 11 })).toBe('данным 11 дней');
  });
});
