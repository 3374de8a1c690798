import { messageLanguageOf } from './message-language.js';

describe('messageLanguageOf', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['ru', 'ru'],
    ['ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7', 'ru'],
    ['en-GB,en;q=0.9,ru;q=0.8', 'en'],
    ['de-DE,de;q=0.9,ru;q=0.5', 'ru'],
    ['en;q=0.4,ru;q=0.6', 'ru'],
    ['fr, de', 'en'],
    ['ru;q=0', 'en'],
    ['ru;q=abc, en', 'en'],
    [['ru-RU', 'en'], 'ru'],
  ])('%j → %s', (header, expected) => {
    expect(messageLanguageOf(header)).toBe(expected);
  });
});
