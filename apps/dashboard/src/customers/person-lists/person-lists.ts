import type { components } from '../../api/schema';

export type PersonLists = components['schemas']['PersonListsView'];
export type ListEntry = components['schemas']['ListEntryView'];

/** An entry's name in the locale (Russian for `ru…`, else English). */
export const entryName = (entry: ListEntry, locale: string): string => (locale.startsWith('ru') ? entry.name.ru : entry.name.en);

/** The entries as select options in the locale: by name in its alphabetical order (the genders keep theirs). */
export function listOptions(entries: readonly ListEntry[], locale: string, sorted: boolean): { value: string; label: string }[] {
  const options = entries.map((entry) => ({ value: entry.code, label: entryName(entry, locale) }));
  return sorted ? options.sort((a, b) => a.label.localeCompare(b.label, locale)) : options;
}

/** The options, plus a stored value the list does not have (data from before the lists), so a select can still show it. */
export function withCurrent(options: { value: string; label: string }[], current: string): { value: string; label: string }[] {
  return current && !options.some((o) => o.value === current) ? [{ value: current, label: current }, ...options] : options;
}
