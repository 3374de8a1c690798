import { afterEach, describe, expect, it } from 'vitest';
import { collectMessages, deepMerge, phrasePaths, type MessageTree } from './catalogue';
import { consoleCatalogues } from './console-catalogues';
import { addCatalogues, i18nProvider, translateNow } from './i18n-provider';
import { browserLocale, localeOfTag } from './locales';

describe('deepMerge', () => {
  it('merges subtrees and lets a phrase replace a phrase, without touching its inputs', () => {
    const base: MessageTree = { ra: { action: { save: 'Save', delete: 'Delete' } } };
    const merged = deepMerge(base, { ra: { action: { save: 'Сохранить' } }, contactly: { x: 'y' } });
    expect(merged).toEqual({ ra: { action: { save: 'Сохранить', delete: 'Delete' } }, contactly: { x: 'y' } });
    expect(base).toEqual({ ra: { action: { save: 'Save', delete: 'Delete' } } });
  });
});

describe('collectMessages', () => {
  const catalogues = {
    '../b/b.messages.ts': { messages: { en: { contactly: { b: { title: 'B' } } }, ru: { contactly: { b: { title: 'Б' } } } } },
    '../a/a.messages.ts': { messages: { en: { contactly: { a: { title: 'A', nested: { deep: 'Deep' } } } } } },
    '../c/not-a-catalogue.messages.ts': {},
  };

  it("lays every area's catalogue over react-admin's messages", () => {
    const en = collectMessages('en', { ra: { action: { save: 'Save' } } }, catalogues);
    expect(en).toEqual({
      ra: { action: { save: 'Save' } },
      contactly: { a: { title: 'A', nested: { deep: 'Deep' } }, b: { title: 'B' } },
    });
    // A language a catalogue does not have simply lacks its keys (components give English defaults).
    expect(collectMessages('ru', {}, catalogues)).toEqual({ contactly: { b: { title: 'Б' } } });
  });

  it('reports a key that two catalogues both claim', () => {
    const clashes: string[] = [];
    collectMessages(
      'en',
      {},
      { ...catalogues, '../z/z.messages.ts': { messages: { en: { contactly: { a: { title: 'Z' } } } } } },
      (message) => clashes.push(message),
    );
    expect(clashes).toEqual(['i18n: ../z/z.messages.ts redefines contactly.a.title (en) of ../a/a.messages.ts']);
  });
});

describe('the app’s catalogues', () => {
  const catalogues = import.meta.glob<{ messages?: Record<string, MessageTree> }>('../**/*.messages.ts', { eager: true });
  afterEach(() => i18nProvider.changeLocale('en'));

  it('are found by their file name', () => {
    expect(Object.keys(catalogues)).toEqual(expect.arrayContaining(['./common.messages.ts', '../api/field-labels.messages.ts']));
  });

  // Server reasons keep their detailed English sentence (dates, rule, department) as the `_` default;
  // only Russian needs an entry for them (customer360.messages.ts says so).
  const russianOnly = (path: string) => path.startsWith('contactly.customer360.overview.reach.reasons.');

  it.each(Object.keys(catalogues))('%s has the same keys in English and Russian', (file) => {
    const { en = {}, ru = {} } = catalogues[file].messages ?? {};
    expect(
      phrasePaths(ru)
        .filter((path) => !russianOnly(path))
        .sort(),
    ).toEqual(phrasePaths(en).sort());
  });

  it('are each in the first chunk or in the console’s, none lost', () => {
    const first = import.meta.glob([
      '../auth/**/*.messages.ts',
      '../i18n/**/*.messages.ts',
      '../api/**/*.messages.ts',
      '../**/*.public.messages.ts',
    ]);
    expect([...Object.keys(first), ...Object.keys(consoleCatalogues)].sort()).toEqual(Object.keys(catalogues).sort());
    expect(Object.keys(consoleCatalogues)).not.toContain('../auth/auth.messages.ts');
  });

  it('add the console’s phrases once loaded', async () => {
    await i18nProvider.changeLocale('ru');
    expect(translateNow('contactly.nav.nav-users', { _: 'Users' })).toBe('Users');
    await addCatalogues(consoleCatalogues);
    expect(translateNow('contactly.nav.nav-users', { _: 'Users' })).toBe('Пользователи');
    expect(i18nProvider.getLocale()).toBe('ru');
  });

  it('translate with our phrases, react-admin’s, and the English default of a missing key', async () => {
    expect(translateNow('contactly.common.stale_edit')).toMatch(/^Someone else changed this record/);
    await i18nProvider.changeLocale('ru');
    expect(translateNow('contactly.common.stale_edit')).toMatch(/^Эту запись уже изменил кто-то другой/);
    expect(translateNow('ra.action.save')).toBe('Сохранить');
    expect(translateNow('contactly.nowhere.key', { _: 'Fallback %{n}', n: 2 })).toBe('Fallback 2');
  });
});

describe('locales', () => {
  it('reads a supported language from a browser tag', () => {
    expect(localeOfTag('ru-RU')).toBe('ru');
    expect(localeOfTag('EN_gb')).toBe('en');
    expect(localeOfTag('de')).toBeUndefined();
    expect(browserLocale(['de-DE', 'ru', 'en'])).toBe('ru');
    expect(browserLocale(['fr'])).toBeUndefined();
  });
});
