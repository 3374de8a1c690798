import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields';

const user = { id: 5, username: 'anna', displayName: 'Anna', email: null, roles: ['agent'], active: true, version: 3 };

describe('changedFields', () => {
  it('keeps only what differs', () => {
    expect(changedFields(user, { ...user, displayName: 'Anna Agent', active: false })).toEqual({
      displayName: 'Anna Agent',
      active: false,
    });
  });

  it('compares lists by value and order', () => {
    expect(changedFields(user, { ...user, roles: ['agent'] })).toEqual({});
    expect(changedFields(user, { ...user, roles: ['agent', 'marketer'] })).toEqual({ roles: ['agent', 'marketer'] });
  });

  it('sends a cleared value as null', () => {
    expect(changedFields({ ...user, email: 'a@example.com' }, user)).toEqual({ email: null });
  });
});
