import { type CaseKey, CaseStore } from './case-store.js';

interface Row {
  id: string;
  updated: number;
}

const storeOf = (rows: Row[]) => {
  const store = new CaseStore<Row>((r) => ({ id: r.id, updatedMs: r.updated }));
  store.replaceAll(rows);
  return store;
};
const ids = (rows: Row[]) => rows.map((r) => r.id);

describe('CaseStore', () => {
  const rows: Row[] = [
    { id: 'c', updated: 20 },
    { id: 'a', updated: 10 },
    { id: 'b', updated: 20 },
    { id: 'd', updated: 30 },
    { id: 'e', updated: 40 },
  ];

  it('lists by updated time, then id', () => {
    expect(ids(storeOf(rows).pageByOffset({ offset: 0, limit: 10 }).records)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('pages by offset with the total of what the filter matches', () => {
    const store = storeOf(rows);
    expect(store.pageByOffset({ offset: 2, limit: 2 })).toMatchObject({ total: 5, hasMore: true });
    expect(ids(store.pageByOffset({ offset: 2, limit: 2 }).records)).toEqual(['c', 'd']);
    expect(ids(store.pageByOffset({ updatedSinceMs: 20, offset: 0, limit: 10 }).records)).toEqual(['b', 'c', 'd', 'e']);
    expect(store.pageByOffset({ updatedSinceMs: 20, offset: 3, limit: 10 })).toMatchObject({ total: 4, hasMore: false });
    expect(store.pageByOffset({ offset: 9, limit: 2 })).toMatchObject({ records: [], last: null, hasMore: false });
  });

  it('pages after a key, even when the record with that key is gone', () => {
    const store = storeOf(rows);
    const first = store.pageAfter({ limit: 2 });
    expect(ids(first.records)).toEqual(['a', 'b']);
    store.delete('b');
    expect(ids(store.pageAfter({ after: first.last as CaseKey, limit: 2 }).records)).toEqual(['c', 'd']);
    expect(ids(store.pageAfter({ after: { updatedMs: 25, id: '' }, updatedSinceMs: 0, limit: 9 }).records)).toEqual(['d', 'e']);
  });

  it('repeats the previous record at the start of a page when asked, but never the first page', () => {
    const store = storeOf(rows);
    expect(ids(store.pageByOffset({ offset: 0, limit: 2, repeatPrevious: true }).records)).toEqual(['a', 'b']);
    expect(ids(store.pageByOffset({ offset: 2, limit: 2, repeatPrevious: true }).records)).toEqual(['b', 'c', 'd']);
    expect(ids(store.pageByOffset({ offset: 5, limit: 2, repeatPrevious: true }).records)).toEqual([]);
    expect(ids(store.pageByOffset({ updatedSinceMs: 20, offset: 0, limit: 2, repeatPrevious: true }).records)).toEqual(['b', 'c']);
  });

  it('moves a changed record to its new place and keeps ids unique', () => {
    const store = storeOf(rows);
    store.change('a', (r) => ({ ...r, updated: 35 }));
    store.add({ id: 'f', updated: 5 });
    expect(ids(store.pageByOffset({ offset: 0, limit: 10 }).records)).toEqual(['f', 'b', 'c', 'd', 'a', 'e']);
    expect(() => store.add({ id: 'c', updated: 1 })).toThrow('duplicate');
    expect(() => store.change('c', (r) => ({ ...r, id: 'z' }))).toThrow();
    expect(store.change('nope', (r) => r)).toBeUndefined();
    expect(store.delete('nope')).toBe(false);
    expect(store.size).toBe(6);
  });
});
