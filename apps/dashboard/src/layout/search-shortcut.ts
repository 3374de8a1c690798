import { useEffect, useRef } from 'react';

/** The parts of a key press that decide whether it is the search shortcut. */
export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
}

/** Whether the key press lands where it types text (a field, a select, an editable element). */
export function typesText(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') {
    const type = (element.getAttribute('type') ?? 'text').toLowerCase();
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'image', 'range', 'color'].includes(type);
  }
  return (
    element.isContentEditable === true || element.getAttribute('contenteditable') === 'true' || element.getAttribute('role') === 'textbox'
  );
}

/** `/` focuses the search box, unless the person is typing in a field (where `/` is just a character). */
export const isSearchShortcut = (event: ShortcutKey): boolean =>
  event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.defaultPrevented && !typesText(event.target);

/** Calls `onShortcut` when `/` is pressed anywhere outside a text field (and keeps the `/` from being typed). */
export function useSearchShortcut(onShortcut: () => void) {
  const latest = useRef(onShortcut);
  latest.current = onShortcut;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
