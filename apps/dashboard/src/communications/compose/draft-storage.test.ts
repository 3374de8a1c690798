import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_DRAFT } from './compose-draft';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draft-storage';

/** The Storage interface over a Map (the unit tests run without a browser). */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

describe('the compose draft kept in the browser', () => {
  const localStorage = new MemoryStorage();
  beforeEach(() => localStorage.clear());

  const draft = {
    ...EMPTY_DRAFT,
    name: 'Осенний опрос',
    communicationTypeId: 4,
    sendChannelTypeId: 3,
    clients: [{ clientId: 7, label: 'Анна Иванова (#7)' }],
    variables: [{ name: 'promoCode', value: 'AUTUMN' }],
  } as const;

  it('comes back as it was saved, for the same user only', () => {
    saveDraft(localStorage, 'maria', { ...draft, clients: [...draft.clients], variables: [...draft.variables] });
    expect(loadDraft(localStorage, 'maria')).toEqual(draft);
    expect(loadDraft(localStorage, 'anna')).toBeNull();
  });

  it('is removed once cleared, and a blank draft is not kept', () => {
    saveDraft(localStorage, 'maria', { ...draft, clients: [], variables: [] });
    clearDraft(localStorage, 'maria');
    expect(loadDraft(localStorage, 'maria')).toBeNull();
    saveDraft(localStorage, 'maria', EMPTY_DRAFT);
    expect(localStorage.getItem(draftKey('maria'))).toBeNull();
  });

  it('reads what still fits of a damaged or older draft, and nothing of one that is not JSON', () => {
    localStorage.setItem(
      draftKey('maria'),
      JSON.stringify({
        name: 'Ok',
        communicationTypeId: 'x',
        recipientMode: 'everyone',
        clients: [{ clientId: 3, label: 'C' }, { id: 4 }],
      }),
    );
    expect(loadDraft(localStorage, 'maria')).toEqual({ ...EMPTY_DRAFT, name: 'Ok', clients: [{ clientId: 3, label: 'C' }] });
    localStorage.setItem(draftKey('maria'), '{not json');
    expect(loadDraft(localStorage, 'maria')).toBeNull();
  });
});
