import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from './portal.messages';

type Tree = { [key: string]: string | Tree };
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.(test|messages)\.ts$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });

describe('the portal catalogue', () => {
  const en = keysOf(messages.en.contactly.portal as Tree);
  const ru = keysOf(messages.ru.contactly.portal as Tree);

  it('has the same keys in English and Russian', () => {
    expect(ru.sort()).toEqual(en.sort());
  });

  it('has every literal key the portal code names', () => {
    const named = sources(__dirname).flatMap((source) => [...source.matchAll(/'contactly\.portal\.([\w.]+)'/g)].map((match) => match[1]));
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((key) => !en.includes(key))).toEqual([]);
  });

  it('has the three Russian plural forms where English has two', () => {
    expect((messages.ru.contactly.portal.register.errors.wrongCode.match(/\|\|\|\|/g) ?? []).length).toBe(2);
  });
});
