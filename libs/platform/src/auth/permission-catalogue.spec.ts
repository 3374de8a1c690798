import type { Contributions } from '../bootstrap/contributions.js';
import { PermissionCatalogue } from './permission-catalogue.js';
import { definePermissions, type PermissionSet } from './permissions.js';

/** A catalogue over the given sets, as if the loaded modules provided them. */
const catalogueOf = (...sets: PermissionSet[]) => new PermissionCatalogue({ of: () => sets } as unknown as Contributions);

describe('permission catalogue', () => {
  it('composes the sets in module order, with their descriptions', () => {
    const catalogue = catalogueOf(definePermissions({ 'audit:read': 'See audit' }), definePermissions({ 'users:read': 'See users', 'users:write': 'Edit users' }));
    expect(catalogue.all()).toEqual(['audit:read', 'users:read', 'users:write']);
    expect(catalogue.describe()).toEqual([
      { name: 'audit:read', description: 'See audit' },
      { name: 'users:read', description: 'See users' },
      { name: 'users:write', description: 'Edit users' },
    ]);
    expect(catalogue.has('users:write')).toBe(true);
    expect(catalogue.has('rockets:launch')).toBe(false);
  });

  it('stops the start when two modules declare one permission', () => {
    const catalogue = catalogueOf(definePermissions({ 'users:read': 'See users' }), definePermissions({ 'users:read': 'Also see users' }));
    expect(() => catalogue.onModuleInit()).toThrow('Permission "users:read" is declared by two modules');
  });

  it.each(['users', 'Users:read', 'users:', ':read', 'users:read:all', 'users read'])('refuses the name %p (area:action, lower case)', (name) => {
    expect(() => definePermissions({ [name]: 'Whatever' })).toThrow(`Permission "${name}" is not of the form area:action`);
  });
});
