import type { Contributions } from '../bootstrap/contributions.js';
import { PermissionCatalogue } from './permission-catalogue.js';
import { definePermissions, type PermissionSet } from './permissions.js';

/** A catalogue over the given sets, as if the loaded modules provided them. */
const catalogueOf = (...sets: PermissionSet[]) => new PermissionCatalogue({ of: () => sets } as unknown as Contributions);

describe('permission catalogue', () => {
  it('composes the sets in module order, with their descriptions', () => {
    const catalogue = catalogueOf(
      definePermissions({ 'audit:read': 'See audit' }),
      definePermissions({ 'widgets:read': 'See widgets', 'widgets:write': 'Edit widgets' }),
    );
    expect(catalogue.all()).toEqual(['audit:read', 'widgets:read', 'widgets:write']);
    expect(catalogue.describe()).toEqual([
      { name: 'audit:read', description: 'See audit' },
      { name: 'widgets:read', description: 'See widgets' },
      { name: 'widgets:write', description: 'Edit widgets' },
    ]);
    expect(catalogue.has('widgets:write')).toBe(true);
    expect(catalogue.has('rockets:launch')).toBe(false);
  });

  it('stops the start when two modules declare one permission', () => {
    const catalogue = catalogueOf(
      definePermissions({ 'widgets:read': 'See widgets' }),
      definePermissions({ 'widgets:read': 'Also see widgets' }),
    );
    expect(() => catalogue.onModuleInit()).toThrow('Permission "widgets:read" is declared by two modules');
  });

  it.each(['widgets', 'Widgets:read', 'widgets:', ':read', 'widgets:read:all', 'widgets read'])(
    'refuses the name %p (area:action, lower case)',
    (name) => {
      expect(() => definePermissions({ [name]: 'Whatever' })).toThrow(`Permission "${name}" is not of the form area:action`);
    },
  );
});
