import { describe, expect, it } from 'vitest';
import { isSearchShortcut, typesText } from './search-shortcut';

/** A stand-in for a DOM element: what typesText reads of it. */
const element = (tagName: string, attributes: Record<string, string> = {}, isContentEditable = false) =>
  ({
    tagName: tagName.toUpperCase(),
    isContentEditable,
    getAttribute: (name: string) => attributes[name] ?? null,
  }) as unknown as EventTarget;

const press = (
  key: string,
  target: EventTarget | null,
  modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented', boolean>> = {},
) => ({
  key,
  target,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  ...modifiers,
});

describe('typesText', () => {
  it('is true in text fields, text areas, selects and editable elements', () => {
    expect(typesText(element('input'))).toBe(true);
    expect(typesText(element('input', { type: 'search' }))).toBe(true);
    expect(typesText(element('textarea'))).toBe(true);
    expect(typesText(element('select'))).toBe(true);
    expect(typesText(element('div', {}, true))).toBe(true);
    expect(typesText(element('div', { role: 'textbox' }))).toBe(true);
  });

  it('is false on buttons, check boxes, links and the page itself', () => {
    expect(typesText(element('input', { type: 'checkbox' }))).toBe(false);
    expect(typesText(element('button'))).toBe(false);
    expect(typesText(element('a'))).toBe(false);
    expect(typesText(element('body'))).toBe(false);
    expect(typesText(null)).toBe(false);
  });
});

describe('isSearchShortcut', () => {
  it('is a plain / outside a text field', () => {
    expect(isSearchShortcut(press('/', element('body')))).toBe(true);
    expect(isSearchShortcut(press('/', element('button')))).toBe(true);
  });

  it('is not a / typed into a field, another key, or / with a modifier or already handled', () => {
    expect(isSearchShortcut(press('/', element('input')))).toBe(false);
    expect(isSearchShortcut(press('?', element('body')))).toBe(false);
    expect(isSearchShortcut(press('/', element('body'), { ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(press('/', element('body'), { metaKey: true }))).toBe(false);
    expect(isSearchShortcut(press('/', element('body'), { defaultPrevented: true }))).toBe(false);
  });
});
