import { changesIn, languageOf, localised } from './translations.js';

describe('languageOf', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['en', 'en'],
    ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
    ['de-DE,en-GB;q=0.8,ru;q=0.5', 'en'],
    ['en;q=0.3, ru', 'ru'],
    ['fr, *;q=0.1', null],
    ['en;q=0, ru;q=0.1', 'ru'],
  ])('%s asks for %s', (header, expected) => expect(languageOf(header)).toBe(expected));
});

describe('translations of a record', () => {
  const row = { id: 1, name: 'Опрос', description: 'Опрос настроений', translations: { en: { name: 'Survey' } } };

  it('reads a translated field in place of its own text, the rest as they are', () => {
    expect(localised(row, 'en')).toMatchObject({ name: 'Survey', description: 'Опрос настроений' });
    expect(localised(row, 'ru')).toBe(row);
    expect(localised(row, null)).toBe(row);
  });

  it('writes a translated field into its translation, the rest into the own text', () => {
    expect(changesIn(row, { name: 'Poll', description: 'Mood' }, 'en')).toEqual({
      description: 'Mood',
      translations: { en: { name: 'Poll' } },
    });
    expect(changesIn(row, { name: 'Анкета' }, 'ru')).toEqual({ name: 'Анкета' });
    expect(changesIn(row, { name: 'Анкета' }, null)).toEqual({ name: 'Анкета' });
  });
});
