import { describe, expect, it } from 'vitest';
import { listQuery } from './list-query';

describe('listQuery', () => {
  it('turns a page into offset and limit', () => {
    expect(listQuery({ pagination: { page: 3, perPage: 25 } }).toString()).toBe('offset=50&limit=25');
  });

  it('sorts ascending by the bare field and descending with a leading minus', () => {
    expect(listQuery({ sort: { field: 'username', order: 'ASC' } }).get('sort')).toBe('username');
    expect(listQuery({ sort: { field: 'createdAt', order: 'DESC' } }).get('sort')).toBe('-createdAt');
  });

  it('sends filters as attributes, q included, and leaves out cleared ones', () => {
    const query = listQuery({ filter: { q: 'ann', kind: 'staff', active: false, role: '', email: null } });
    expect(query.toString()).toBe('q=ann&kind=staff&active=false');
  });

  it('encodes values that are not plain words', () => {
    expect(listQuery({ filter: { q: 'Мария & co' } }).toString()).toBe('q=%D0%9C%D0%B0%D1%80%D0%B8%D1%8F+%26+co');
  });
});
