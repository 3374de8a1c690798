import type { Locale } from './locales';

/** A message tree: nested keys down to Polyglot phrases. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** What every `*.messages.ts` exports as `messages`. */
export type AreaMessages = Partial<Record<Locale, MessageTree>>;

const isTree = (value: unknown): value is MessageTree => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A new tree with `addition` laid over `base`: subtrees merge, a phrase replaces what was there.
 * `onReplace` hears of every phrase that replaced another (two catalogues claiming one key).
 */
export function deepMerge(base: MessageTree, addition: MessageTree, onReplace?: (path: string) => void, prefix = ''): MessageTree {
  const merged: MessageTree = { ...base };
  for (const [key, value] of Object.entries(addition)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const existing = merged[key];
    if (isTree(value) && isTree(existing)) merged[key] = deepMerge(existing, value, onReplace, path);
    else {
      if (existing !== undefined && onReplace) onReplace(path);
      merged[key] = value;
    }
  }
  return merged;
}

/**
 * The messages of one language: react-admin's own (`base`, itself the English ones under the
 * translation so that phrases missing from an older translation stay readable), then every area's
 * catalogue in file order. A key two catalogues both claim is reported, never silently lost.
 */
export function collectMessages(
  locale: Locale,
  base: MessageTree,
  catalogues: Record<string, { messages?: AreaMessages }>,
  onClash: (message: string) => void = (message) => console.warn(message),
): MessageTree {
  let merged = base;
  const owners = new Map<string, string>();
  for (const [file, module] of Object.entries(catalogues).sort(([a], [b]) => a.localeCompare(b))) {
    const tree = module.messages?.[locale];
    if (!tree) continue;
    merged = deepMerge(merged, tree, (path) => {
      if (owners.has(path)) onClash(`i18n: ${file} redefines ${path} (${locale}) of ${owners.get(path)}`);
    });
    for (const path of phrasePaths(tree)) owners.set(path, file);
  }
  return merged;
}

/** Every phrase's dotted key in a tree (to compare languages, or to find clashes). */
export function phrasePaths(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return isTree(value) ? phrasePaths(value, path) : [path];
  });
}
