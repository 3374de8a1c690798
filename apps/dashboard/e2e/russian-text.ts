import { expect, type Page } from '@playwright/test';

/** A message key shown as it is (`contactly.numbers.title`, `resources.category.fields.name`): a phrase nobody translated. */
const RAW_KEY = /\b(?:contactly|resources|ra|catalog|numbers|subscriptions)\.[A-Za-z_]+(?:\.[A-Za-z_-]+)*/;

/** Latin words a Russian page may show: the language switcher's code, names of formats, standards and the product. */
const LATIN_WORDS = new Set(['RU', 'MSISDN', 'ICCID', 'CSV', 'SIM', 'NDJSON', 'gzip', 'SHA', 'EUR', 'Contactly', 'UTC']);

/** Addresses and digests (a dump's SHA-256) are data, not words of the page. */
const NOT_WORDS = [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, /https?:\/\/\S+/g, /\b[0-9a-f]{32,}\b/g];

/**
 * Every text a person meets on the page (or in the parts that `within` selects): visible text, and
 * the names and hints of its controls (aria-label, placeholder, title).
 */
export function textsOnPage(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && style.opacity !== '0';
    };
    const texts = selector === 'body' ? [document.title] : [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        if (text && node.parentElement && shown(node.parentElement)) texts.push(text);
      }
      for (const element of root.querySelectorAll('[aria-label], [placeholder], [title]')) {
        if (!shown(element)) continue;
        for (const name of ['aria-label', 'placeholder', 'title']) {
          const value = element.getAttribute(name)?.trim();
          if (value) texts.push(value);
        }
      }
    }
    return texts;
  }, within);
}

/**
 * What on a page is not Russian: a message key shown as it is, or a Latin word (an English default
 * of a phrase missing from the Russian catalogue, an untranslated label, a status as the API spells
 * it). `data` lists the test's own Latin data (a username) that may show.
 */
export function notRussian(texts: readonly string[], data: readonly string[] = []): string[] {
  return texts.filter((text) => {
    if (RAW_KEY.test(text)) return true;
    let words = text;
    for (const pattern of [...NOT_WORDS]) words = words.replace(pattern, ' ');
    for (const value of data) words = words.split(value).join(' ');
    return (words.match(/[A-Za-z]{2,}/g) ?? []).some((word) => !LATIN_WORDS.has(word));
  });
}

/** The page (or the parts `within` selects) shows only Russian (see notRussian); the failure lists what is not. */
export async function expectOnlyRussian(page: Page, where: string, data: readonly string[] = [], within = 'body') {
  const texts = await textsOnPage(page, within);
  expect(texts.length, `${where}: something is shown`).toBeGreaterThan(0);
  const found = [...new Set(notRussian(texts, data))];
  expect(found, `${where}: texts that are not Russian`).toEqual([]);
}
