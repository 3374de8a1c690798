import { type ComposeDraft, EMPTY_DRAFT, EMPTY_FILTER } from './compose-draft';

/**
 * The compose draft kept in the browser (localStorage), one per signed-in user, so a reload or a
 * closed tab does not lose what was typed; a send or "Discard draft" removes it. A stored draft
 * of another shape (an older version, a hand edit) is read for what still fits, never trusted whole.
 */
const VERSION = 1;
export const draftKey = (username: string) => `contactly.compose.draft.v${VERSION}:${username}`;

const isBlank = (draft: ComposeDraft) => JSON.stringify(draft) === JSON.stringify(EMPTY_DRAFT);

export function saveDraft(storage: Storage, username: string, draft: ComposeDraft): void {
  try {
    if (isBlank(draft)) storage.removeItem(draftKey(username));
    else storage.setItem(draftKey(username), JSON.stringify(draft));
  } catch {
    // Storage full or refused (private mode): the draft lives on in the page only.
  }
}

export function clearDraft(storage: Storage, username: string): void {
  try {
    storage.removeItem(draftKey(username));
  } catch {
    // Nothing to clear where storage is refused.
  }
}

type Check<T> = (value: unknown) => value is T;
const isText: Check<string> = (v): v is string => typeof v === 'string';
const isId: Check<number | ''> = (v): v is number | '' => v === '' || (typeof v === 'number' && Number.isInteger(v) && v > 0);
const oneOf =
  <T extends string>(...values: T[]): Check<T> =>
  (v): v is T =>
    values.includes(v as T);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const CHECKS: { [K in keyof ComposeDraft]?: Check<ComposeDraft[K]> } = {
  name: isText,
  communicationTypeId: isId,
  sendChannelTypeId: isId,
  documentId: isId,
  departmentId: isId,
  groupId: isId,
  recipientMode: oneOf('clients', 'filter', 'group'),
  scheduleMode: oneOf('now', 'at', 'perClient'),
  at: isText,
};

/** The user's stored draft, or null when there is none (or nothing of it can be read). */
export function loadDraft(storage: Storage, username: string): ComposeDraft | null {
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(draftKey(username)) ?? 'null');
  } catch {
    return null;
  }
  if (!isRecord(stored)) return null;
  const draft: ComposeDraft = { ...EMPTY_DRAFT };
  const target = draft as unknown as Record<string, unknown>;
  for (const [key, check] of Object.entries(CHECKS)) if (check!(stored[key])) target[key] = stored[key];
  if (Array.isArray(stored.variables))
    draft.variables = stored.variables.filter(
      (row): row is ComposeDraft['variables'][number] => isRecord(row) && isText(row.name) && isText(row.value),
    );
  if (Array.isArray(stored.clients))
    draft.clients = stored.clients.filter(
      (c): c is ComposeDraft['clients'][number] => isRecord(c) && isId(c.clientId) && c.clientId !== '' && isText(c.label),
    );
  if (isRecord(stored.filter)) {
    const filter = stored.filter;
    draft.filter = {
      lastName: isText(filter.lastName) ? filter.lastName : EMPTY_FILTER.lastName,
      available: oneOf('', 'true', 'false')(filter.available) ? filter.available : EMPTY_FILTER.available,
      createdFrom: isText(filter.createdFrom) ? filter.createdFrom : '',
      createdTo: isText(filter.createdTo) ? filter.createdTo : '',
    };
  }
  if (isRecord(stored.perClient))
    draft.perClient = Object.fromEntries(Object.entries(stored.perClient).filter(([id, at]) => /^\d+$/.test(id) && isText(at))) as Record<
      number,
      string
    >;
  return isBlank(draft) ? null : draft;
}
